/* P-256 (FIPS 186-4, SEC 2): field, scalar field and point multiplication. Filled in by the P-256 work. */
#ifndef MN_P256_H
#define MN_P256_H
#endif
