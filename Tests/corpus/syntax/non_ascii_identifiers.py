# mode: ast
é = 1
naïve = 2
中文 = 3
ｆｏｏ = 4
µ = 5
ℌ = 6
ﬁ = 7
Ω = 8
x̃ = 9
def 函数(参数):
    return 参数
class Ñ:
    ŝelf = None
print(é, ｆｏｏ, µ)
