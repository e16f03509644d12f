/*
 * mn_sakke_pf_pow, the sender's g^r in PF_p[q] (RFC 6508 2.1, 6.2.1 step 4): the RFC 6508 Appendix A value g^r for
 * the appendix's g and r, the small exponents (g^0 is the class of 1, representative 0; g^1 = g), an input not below p
 * refused with the output zeroed, and (under valgrind) no branch or index on the secret exponent: r is marked
 * undefined before the call, as ctgrind does, so memcheck reports any conditional jump that depends on it.
 */
#include <stdio.h>
#include <string.h>
#include "mikeynano_native.h"

#include "ct_marks.h"

/* RFC 6508 Appendix A: g = <P, P>, r = HashToIntegerRange(SSV || b, q), g^r */
static const char *G = "66FC2A432B6EA392148F15867D623068C6A87BD1FB94C41E27FABE658E015A87371E94744C96FEDA449AE9563F8BC446CBFDA85D5D00EF577072DA8F541721BEEE0FAED1828EAB90B99DFB0138C7843355DF0460B4A9FD74B4F1A32BCAFA1FFAD682C033A7942BCCE3720F20B9B7B0403C8CAE87B7A0042ACDE0FAB36461EA46";
static const char *R = "13EE3E1B8DAC5DB168B1CEB32F0566A4C273693F78BAFFA2A2EE6A686E6BD90F8206CCAB84E7F42ED39BD4FB131012ECCA2ECD2119414560C17CAB46B956A80F58A3302EB3E2C9A228FBA7ED34D8ACA2392DA1FFB0B17B2320AE09AAEDFD0235F6FE0EB65337A63F9CC97728B8E5AD0460FADE144369AA5B2166213247712096";
static const char *GTOR = "7D2A8438E6291C649B6579EB3B79EAE948B1DE9E5F7D1F4070A08F8DB6B3C5156F2201AFFBB5CB9D82AA3EC0D0398B89ABC78A13A760C0BF3F77E63D0DF3F1A341A41B8811DF197FD6CD0F003125606F4F109F400F7292A10D255E3C0EBCCB4253FB182C68F09CF6CD9C4A53DA6C74AD007AF36B8BCA979D5895E282F483FCD6";
/* p (RFC 6508 Appendix A) */
static const char *P = "997ABB1F0A563FDA65C61198DAD0657A416C0CE19CB48261BE9AE358B3E01A2EF40AAB27E2FC0F1B228730D531A59CB0E791B39FF7C88A19356D27F4A666A6D0E26C6487326B4CD4512AC5CD65681CE1B6AFF4A831852A82A7CF3C521C3C09AA9F94D6AF56971F1FFCE3E82389857DB080C5DF10AC7ACE87666D807AFEA85FEB";

static int failures;

static void hex(uint8_t *dst, const char *h)
{
    for (size_t i = 0; i < 128; i++)
    {
        unsigned v;
        sscanf(h + 2 * i, "%2x", &v);
        dst[i] = (uint8_t)v;
    }
}

static void expect(const char *what, int got, int want, const uint8_t *out, const uint8_t *wantOut)
{
    if (got != want || memcmp(out, wantOut, 128) != 0)
    {
        printf("FAIL %s: status %d (want %d)\n", what, got, want);
        failures++;
    }
}

int main(void)
{
    uint8_t g[128], r[128], want[128], out[128], zero[128] = {0}, e[128];
    hex(g, G);
    hex(r, R);
    hex(want, GTOR);

    SECRET(r, sizeof r);
    int st = mn_sakke_pf_pow(out, g, r);
    PUBLIC(out, sizeof out);
    PUBLIC(r, sizeof r);
    expect("g^r (RFC 6508 Appendix A)", st, MN_OK, out, want);

    memset(e, 0, sizeof e);
    expect("g^0 = the class of 1 (representative 0)", mn_sakke_pf_pow(out, g, e), MN_OK, out, zero);
    e[127] = 1;
    expect("g^1 = g", mn_sakke_pf_pow(out, g, e), MN_OK, out, g);

    uint8_t p[128];
    hex(p, P);
    memset(out, 0xA5, sizeof out);
    expect("g = p is refused, output zeroed", mn_sakke_pf_pow(out, p, r), MN_EENCODING, out, zero);

    if (failures == 0) puts("test_sakke_pfpow: ok");
    return failures == 0 ? 0 : 1;
}
