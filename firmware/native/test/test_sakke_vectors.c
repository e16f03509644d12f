/* CTest: SAKKE parameter set 1 against RFC 6508 Appendix A (and RFC 6509 Appendix A's g = <P,P>): Z_T = [z]P,
 * R_(b,S) = [r]([b]P + Z_T) with the plain multiplier and with combs (one table and the sender's two-table form),
 * the receiver's check, w = <R_(b,S), RSK> = g^r with the plain pairing and over the RSK line table; the field
 * kernels against identities (a a^-1 = 1, a^2 = a a). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../src/mn_sakke_internal.h"

static const char *PX = "53FC09EE332C29AD0A7990053ED9B52A2B1A2FD60AEC69C698B2F204B6FF7CBFB5EDB6C0F6CE2308AB10DB9030B09E1043D5F22CDB9DFA55718BD9E7406CE8909760AF765DD5BCCB337C86548B72F2E1A702C3397A60DE74A7C1514DBA66910DD5CFB4CC80728D87EE9163A5B63F73EC80EC46C4967E0979880DC8ABEAE63895";
static const char *PY = "0A8249063F6009F1F9F1F0533634A135D3E82016029906963D778D821E141178F5EA69F4654EC2B9E7F7F5E5F0DE55F66B598CCF9A140B2E416CFF0CA9E032B970DAE117AD547C6CCAD696B5B7652FE0AC6F1E80164AA989492D979FC5A4D5F213515AD7E9CB99A980BDAD5AD5BB4636ADB9B5706A67DCDE75573FD71BEF16D7";
static const char *G = "66FC2A432B6EA392148F15867D623068C6A87BD1FB94C41E27FABE658E015A87371E94744C96FEDA449AE9563F8BC446CBFDA85D5D00EF577072DA8F541721BEEE0FAED1828EAB90B99DFB0138C7843355DF0460B4A9FD74B4F1A32BCAFA1FFAD682C033A7942BCCE3720F20B9B7B0403C8CAE87B7A0042ACDE0FAB36461EA46";
static const char *Z = "AFF429D35F84B110D094803B3595A6E2998BC99F";
static const char *ZT = "5958EF1B1679BF099B3A030DF255AA6A23C1D8F143D4D23F753E69BD27A832F38CB4AD53DDEF4260B0FE8BB45C4C1FF510EFFE300367A37B61F701D914AEF09724825FA0707D61A6DFF4FBD7273566CDDE352A0B04B7C16A78309BE640697DE747613A5FC195E8B9F328852A579DB8F99B1D0034479EA9C5595F47C4B2F54FF2"
                        "1508D37514DCF7A8E143A6058C09A6BF2C9858CA37C258065AE6BF7532BC8B5B63383866E0753C5AC0E72709F8445F2E6178E065857E0EDA10F68206B63505ED87E534FB2831FF957FB7DC619DAE61301EEACC2FDA3680EA4999258A833CEA8FC67C6D19487FB449059F26CC8AAB655AB58B7CC796E24E9A394095754F5F8BAE";
static const char *B = "323031312D30320074656C3A2B34343737303039303031323300";
static const char *RSK = "93AF67E5007BA6E6A80DA793DA300FA4B52D0A74E25E6E7B2B3D6EE9D18A9B5C5023597BD82D8062D34019563BA1D25C0DC56B7B979D74AA50F29FBF11CC2C93F5DFCA615E609279F6175CEADB00B58C6BEE1E7A2A47C4F0C456F05259A6FA94A634A40DAE1DF593D4FECF688D5FC678BE7EFC6DF3D6835325B83B2C6E69036B"
                         "155F0A27241094B04BFB0BDFAC6C670A65C325D39A069F03659D44CA27D3BE8DF311172B554160181CBE94A2A783320CED590BC42644702CF371271E496BF20F588B78A1BC01ECBB6559934BDD2FB65D2884318A33D1A42ADF5E33CC5800280B28356497F87135BAB9612A17260424409AC15FEE996B744C332151235DECB0F5";
static const char *R = "13EE3E1B8DAC5DB168B1CEB32F0566A4C273693F78BAFFA2A2EE6A686E6BD90F8206CCAB84E7F42ED39BD4FB131012ECCA2ECD2119414560C17CAB46B956A80F58A3302EB3E2C9A228FBA7ED34D8ACA2392DA1FFB0B17B2320AE09AAEDFD0235F6FE0EB65337A63F9CC97728B8E5AD0460FADE144369AA5B2166213247712096";
static const char *RB = "44E8AD44AB8592A6A5A3DDCA5CF896C718043606A01D650DEF37A01F37C228C332FC317354E2C274D4DAF8AD001054C76CE57971C6F4486D5723043261C506EBF5BE438F53DE04F067C776E0DD3B71A6290133283725A532F21AF145126DC1D777ECC27BE50835BD28098B8A73D9F801D893793A41FF5C49B87E79F2BE4D56CE"
                        "557E134AD85BB1D4B9CE4F8BE4B08A12BABF55B1D6F1D7A638019EA28E15AB1C9F76375FDD1210D4F4351B9A009486B7F3ED46C965DED2D80DADE4F38C6721D52C3AD103A10EBD2959248B4EF006836BF097448E6107C9EDEE9FB704823DF199F832C905AE45F8A247A072D8EF729EABC5E27574B07739B34BE74A532F747B86";
static const char *GTOR = "7D2A8438E6291C649B6579EB3B79EAE948B1DE9E5F7D1F4070A08F8DB6B3C5156F2201AFFBB5CB9D82AA3EC0D0398B89ABC78A13A760C0BF3F77E63D0DF3F1A341A41B8811DF197FD6CD0F003125606F4F109F400F7292A10D255E3C0EBCCB4253FB182C68F09CF6CD9C4A53DA6C74AD007AF36B8BCA979D5895E282F483FCD6";

/* r b mod q for the RFC's r and b (computed independently: python3 -c "print(hex(r * b % q))") */
static const char *RBMODQ = "1F65644B20700B518FF4DA2EA5CAD602774898726BC1942D165E2F43EE332D026EF298E0F97B16D32889ECB78E1E3A2D4CC85C404738BDC17E7855B01CFF84F6267614261445AB5BC7E492A7E23CDE8C387443F5206A63023E97F73ED1FF9EB749C61A5AC08D74B9F2B8B46D0EB84BD9062A1C3711ABA57A88D4B8F6FF4528C0";

static int failures;

/* hex into the last len octets of dst (right-aligned, zero-padded) */
static void hex(uint8_t *dst, size_t len, const char *h)
{
    size_t n = strlen(h) / 2;
    memset(dst, 0, len);
    for (size_t i = 0; i < n; i++) {
        unsigned v;
        sscanf(h + 2 * i, "%2x", &v);
        dst[len - n + i] = (uint8_t)v;
    }
}

static void expect(const char *what, const uint8_t *got, const char *want, size_t len, int status, int wantStatus)
{
    uint8_t w[256];
    hex(w, len, want);
    if (status != wantStatus || memcmp(got, w, len) != 0) {
        printf("FAIL %s (status %d, want %d)\n", what, status, wantStatus);
        failures++;
    }
}

int main(void)
{
    uint8_t p[256], zt[256], rsk[256], b[128], z[128], r[128], rb[256], out[256], w[128];
    char pp[513];
    snprintf(pp, sizeof pp, "%s%s", PX, PY);
    hex(p, 256, pp); hex(zt, 256, ZT); hex(rsk, 256, RSK); hex(b, 128, B); hex(z, 128, Z); hex(r, 128, R);
    hex(rb, 256, RB);

    /* field kernels: a a^-1 = 1 and a^2 = a a for a = Px (plain values) */
    {
        uint32_t a[32], inv[32], one[32], s1[32], s2[32];
        for (int i = 0; i < 32; i++) a[i] = (uint32_t)p[127 - 4 * i] | (uint32_t)p[126 - 4 * i] << 8 | (uint32_t)p[125 - 4 * i] << 16 | (uint32_t)p[124 - 4 * i] << 24;
        int st = mn_fp1024_inv(inv, a) | mn_fp1024_mul(one, a, inv) | mn_fp1024_sqr(s1, a) | mn_fp1024_mul(s2, a, a);
        int ok = st == 0 && one[0] == 1 && memcmp(s1, s2, sizeof s1) == 0;
        for (int i = 1; i < 32; i++) ok &= one[i] == 0;
        if (!ok) { puts("FAIL field identities"); failures++; }
        if (mn_fp1024_mul(s1, mn_sakke_p, a) != MN_EENCODING) { puts("FAIL p accepted as a field element"); failures++; }
    }

    /* Z_T = [z]P (RFC 6508 Appendix A) */
    expect("Z_T = [z]P", out, ZT, 256, mn_sakke_mul(out, p, z), MN_OK);
    int st = mn_sakke_mul(out, p, z);
    expect("Z_T = [z]P", out, ZT, 256, st, MN_OK);

    /* Q_b = [b]P + Z_T, then R = [r]Q_b */
    uint8_t qb[256];
    {
        mn_aff a, zz;
        mn_jac acc;
        uint32_t kk[MN_SCALAR_WORDS], enc;
        mn_sakke_decode(&a, p, &enc);
        mn_sakke_decode(&zz, zt, &enc);
        mn_sakke_scalar_read(kk, b);
        mn_sakke_mul_plain(&acc, &a, kk);
        mn_sakke_add_mixed_public(&acc, &acc, &zz);
        mn_sakke_to_affine(&a, &acc);
        mn_sakke_encode(qb, &a);
    }
    st = mn_sakke_mul(out, qb, r);
    expect("R = [r]([b]P + Z_T)", out, RB, 256, st, MN_OK);
    if (mn_sakke_check(qb, r, rb) != MN_OK) { puts("FAIL check"); failures++; }
    rb[200] ^= 1;
    if (mn_sakke_check(qb, r, rb) != MN_EPOINT) { puts("FAIL check of a changed R"); failures++; }
    rb[200] ^= 1;
    memset(z, 0, sizeof z);
    if (mn_sakke_mul(out, p, z) != MN_EINFINITY) { puts("FAIL [0]P"); failures++; }

    /* combs: [r]Q_b, the sender's [r b]P + [r]Z_T (r b mod q from the RFC's values) and the comb check */
    {
        static uint32_t tp[8196], tz[8196], tq[8196];
        size_t words = mn_sakke_comb_words();
        if (words > 8196) { puts("FAIL comb size"); return 1; }
        if (mn_sakke_comb_build_public(tp, words, p) | mn_sakke_comb_build_public(tz, words, zt) | mn_sakke_comb_build_public(tq, words, qb)) { puts("FAIL comb build"); failures++; }
        st = mn_sakke_comb_mul(out, tq, words, r);
        expect("R = [r]Q_b by comb", out, RB, 256, st, MN_OK);
        uint8_t rbq[128];
        hex(rbq, 128, RBMODQ);
        st = mn_sakke_comb_mul2(out, tp, rbq, tz, r, words);
        expect("R = [r b]P + [r]Z_T by two combs", out, RB, 256, st, MN_OK);
        hex(z, 128, Z);
        st = mn_sakke_comb_mul(out, tp, words, z);
        expect("Z_T = [z]P by comb", out, ZT, 256, st, MN_OK);
        if (mn_sakke_check_comb(tq, words, r, rb) != MN_OK) { puts("FAIL comb check"); failures++; }
        rb[10] ^= 1;
        if (mn_sakke_check_comb(tq, words, r, rb) == MN_OK) { puts("FAIL comb check of a changed R"); failures++; }
        rb[10] ^= 1;
        uint8_t zero[128] = { 0 };
        if (mn_sakke_comb_mul(out, tp, words, zero) != MN_EINFINITY) { puts("FAIL [0]P by comb"); failures++; }
        tq[0] ^= 1;
        if (mn_sakke_comb_mul(out, tq, words, r) != MN_EBUFFER) { puts("FAIL unbuilt comb accepted"); failures++; }
    }

    /* pairings: <P,P> = g (RFC 6509 Appendix A), <R_(b,S), RSK> = g^r (RFC 6508 Appendix A) */
    st = mn_sakke_pair(w, p, p);
    expect("<P,P> = g", w, G, 128, st, MN_OK);
    st = mn_sakke_pair(w, rb, rsk);
    expect("<R, RSK> = g^r", w, GTOR, 128, st, MN_OK);
    {
        size_t words = mn_sakke_rsk_table_words();
        uint32_t *table = malloc(words * 4);
        st = mn_sakke_rsk_table_build(table, words, rsk);
        if (st != MN_OK) { puts("FAIL rsk table build"); failures++; }
        st = mn_sakke_rsk_pair(w, table, words, rb);
        expect("<R, RSK> = g^r over the RSK's lines", w, GTOR, 128, st, MN_OK);
        st = mn_sakke_rsk_table_build(table, words, p);
        st |= mn_sakke_rsk_pair(w, table, words, p);
        expect("<P,P> = g over P's lines", w, G, 128, st, MN_OK);
        free(table);
    }

    printf("test_sakke_vectors: %s\n", failures ? "FAILED" : "ok");
    return failures ? 1 : 0;
}
