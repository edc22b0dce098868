// CSupport: the C side of swiftpy. Declarations of small C helpers and the C libraries
// (libffi, GMP) the Swift layers call. Keep this header self-contained.
#ifndef SWIFTPY_CSUPPORT_H
#define SWIFTPY_CSUPPORT_H

#include <stdint.h>
#include <stddef.h>

/// Returns the libffi version string, to prove the library is linked.
const char *swiftpy_ffi_version(void);
/// Returns the GMP version string, to prove the library is linked.
const char *swiftpy_gmp_version(void);

#endif
