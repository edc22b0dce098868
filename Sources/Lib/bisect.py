"""Bisection algorithms."""

# swiftpy: the functions are native (_bisect); this module adds the short names.

from _bisect import bisect_left, bisect_right, insort_left, insort_right

bisect = bisect_right
insort = insort_right
