import os

with os.popen('make all') as pipe:
    pipe.read()
