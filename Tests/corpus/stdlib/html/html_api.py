import html, html.entities
print(html.escape('<a href="x">Tom & \'Jerry\'</a>'), html.escape('<"\'>', quote=False), html.__all__)
for s in ['&amp; &lt;&gt; &quot;', '&#62;&#x3e;&#X3E;', '&#0;&#13;&#128;&#150;&#xD800;&#x110000;&#1;&#xFFFE;', '&notit; &notin; &not', '&ampx &amp', '&#; &#x; &# &', 'a &b c', '&hearts;&hearts', '&' + 'a' * 40 + ';', '&AElig&Eacute;', 'no refs', '&&amp;&', '&#65&#66;x', '&lt&gt', '&frac12;&frac1', '&NotEqualTilde;', '&;']:
    print(repr(s), repr(html.unescape(s)))
print(len(html.entities.html5), len(html.entities.name2codepoint), html.entities.codepoint2name[0x2665], html.entities.entitydefs['eacute'], html.entities.html5['gt;'], html.entities.__all__)
