from sys import not_there_at_all
