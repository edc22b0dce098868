// CSupport: the C side of swiftpy. Declarations of small C helpers and the C libraries
// (libffi, GMP) the Swift layers call. Keep this header self-contained.
#ifndef SWIFTPY_CSUPPORT_H
#define SWIFTPY_CSUPPORT_H

#include <stdint.h>
#include <stddef.h>
#include <gmp.h>
#include <ffi.h>

/// Returns the libffi version string, to prove the library is linked.
const char *swiftpy_ffi_version(void);
/// Returns the GMP version string, to prove the library is linked.
const char *swiftpy_gmp_version(void);

/// The calling thread's swiftpy thread state (an opaque pointer; NULL when the thread has none).
void *swiftpy_tls_thread_state(void);
void swiftpy_tls_set_thread_state(void *state);

/// Approximate address of the current native stack position (for stack-depth checks).
uintptr_t swiftpy_stack_pointer(void);

/// Lowest address and size of the calling thread's stack; 0 on success.
int swiftpy_thread_stack(uintptr_t *low, size_t *size);
/// Fills `buf` with `n` random bytes from the kernel; returns the count or -1.
long swiftpy_random_bytes(void *buf, size_t n);

#endif
