export const EXIT_STATUS = [
    // rm(1) -f: "ignore nonexistent files and arguments, never prompt"; -r alone fails on a missing operand.
    { command: 'rm', when: ['-f', '--force', '/^-[a-zA-Z]*f[a-zA-Z]*$/'], cannotFail: true },
    // mkdir(1) -p: "no error if existing, make parent directories as needed".
    { command: 'mkdir', when: ['-p', '--parents', '/^-[a-zA-Z]*p[a-zA-Z]*$/'], cannotFail: true },
    { command: 'true|echo|sleep|whoami|pwd|uname', cannotFail: true },
];
