// Small C helpers for swiftpy (see include/CSupport.h).
#define _GNU_SOURCE
#include <pthread.h>
#include <sys/random.h>
#include "CSupport.h"
#include <ffi.h>
#include <gmp.h>

const char *swiftpy_ffi_version(void) {
  static ffi_cif cif;
  (void)cif;
  return "libffi";
}

const char *swiftpy_gmp_version(void) { return gmp_version; }

static __thread void *current_thread_state;

void *swiftpy_tls_thread_state(void) { return current_thread_state; }
void swiftpy_tls_set_thread_state(void *state) { current_thread_state = state; }

uintptr_t swiftpy_stack_pointer(void) {
  volatile char marker = 0;
  return (uintptr_t)&marker;
}

int swiftpy_thread_stack(uintptr_t *low, size_t *size) {
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) return -1;
  void *addr = 0;
  size_t sz = 0;
  int rc = pthread_attr_getstack(&attr, &addr, &sz);
  pthread_attr_destroy(&attr);
  if (rc != 0) return -1;
  *low = (uintptr_t)addr;
  *size = sz;
  return 0;
}

long swiftpy_random_bytes(void *buf, size_t n) { return (long)getrandom(buf, n, 0); }
