import os

# Fixture for the CI reporter tests: findings on one line, over several lines, and two
# findings on identical lines (their fingerprints must still differ).
os.popen('make all')
os.popen(
    'make docs'
)
os.popen('make all')
