"""`make bench`: performance of Mercato at 100k-1M names and 1M claims (issue 7).

Run `python -m bench` (or `make bench`); `python -m bench --help` lists the options. Results go to
stdout as a table and to bench/results.json; generated data is cached in bench/.cache/.
"""
