// Small C helpers for swiftpy (see include/CSupport.h).
#include "CSupport.h"
#include <ffi.h>
#include <gmp.h>

const char *swiftpy_ffi_version(void) {
  static ffi_cif cif;
  (void)cif;
  return "libffi";
}

const char *swiftpy_gmp_version(void) { return gmp_version; }
