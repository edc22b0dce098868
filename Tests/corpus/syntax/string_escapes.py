# mode: ast
s1 = "\\ \' \" \a \b \f \n \r \t \v"
s2 = "\0 \7 \101 \1010 \377 \477"
s3 = "\x41\x7e\xff"
s4 = "\u00e9\u20ac\uFFFF"
s5 = "\U0001F600\U00010000"
s6 = "\N{EN DASH}\N{LATIN SMALL LETTER E WITH ACUTE}\N{EM DASH}"
s7 = "\d \w \s \% \{"
s8 = 'it\'s "quoted"'
s9 = "it's"
s10 = '"'
s11 = "\'\""
s12 = "\N{CJK UNIFIED IDEOGRAPH-4E00}\N{HANGUL SYLLABLE GA}"
s13 = "\N{space}\N{Latin Capital Letter A}"
