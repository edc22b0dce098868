template = "{0} {1}"
print(template.format("only one"))
