setTimeout(()=>{process.stdout.write('x'.repeat(+process.argv[2])+'\nEND\n'); process.exit(0)}, 200)
