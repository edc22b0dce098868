from __future__ import annotations
import __future__
print(__future__.all_feature_names)
print(__future__.__all__)
for name in __future__.all_feature_names:
    f = getattr(__future__, name)
    print(name, f, f.getOptionalRelease(), f.getMandatoryRelease(), f.compiler_flag)
print(__future__.CO_FUTURE_ANNOTATIONS, __future__.CO_FUTURE_BARRY_AS_BDFL, type(__future__.annotations).__name__)
def g(x: Undefined) -> AlsoUndefined: pass
print(g.__annotations__)
