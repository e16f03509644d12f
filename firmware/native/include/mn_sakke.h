/* SAKKE parameter set 1 (RFC 6508 Appendix A): the 1024-bit field, scalar multiplication, the pairing. */
#ifndef MN_SAKKE_H
#define MN_SAKKE_H
#endif
