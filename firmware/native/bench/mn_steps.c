/*
 * Instruction counts of whole protocol steps on the native backend, for docs/device-performance.md (not a test: built
 * by hand, see there). `mn_steps STEP N` runs STEP N times on the RFC 6508 Appendix A values after its set-up (tables
 * built once before the loop), so count(STEP, 1) - count(STEP, 0) under an instruction counter is one step:
 *   gcc -m32 -O2 -Ifirmware/native/include -Ifirmware/native/src firmware/native/src/[a-z]*.c firmware/native/bench/mn_steps.c -o mn_steps32
 *   qemu-i386 -one-insn-per-tb -d nochain,exec -D /dev/stdout ./mn_steps32 decap_plain 1 | grep -c Trace
 *   (or valgrind --tool=callgrind where 32-bit programs run)
 * With the ESP32 MPI port, CMake builds it against the peripheral's register model as bench_esp32_mpi_model and
 * bench_esp32s3_mpi_model (test/esp32/bench_esp32_mpi.c), which also print the peripheral products the step made.
 * The steps are the native part of what the library does per call (docs/device-performance.md lists the managed rest):
 *   decap_plain   table-free SAKKE decapsulation: <R, RSK> and [r]Q_b == R
 *   decap_tables  the same over the RSK's line table and Q_b's comb
 *   encap_plain   table-free SAKKE encapsulation: [b]P, [r]Q_b and g^r (Q_b = [b]P + Z_T: the addition is managed)
 *   encap_tables  the same with the P and Z_T combs: [r b]P + [r]Z_T and g^r
 *   rsk_check     table-free receiver set-up: [b]P and <Q_b, RSK> (RFC 6508 6.1.2)
 *   tables        receiver and sender tables: the RSK's lines, Q_b's comb, the P and Z_T combs
 *   rsk_lines, comb_build  the RSK's line table alone, one comb (of Q_b) alone
 *   eccsi_sign    [j]G (RFC 6507 5.2.1 step 2; the rest is hashing and mod-q arithmetic in managed code)
 *   eccsi_verify  table-free: [HS]PVT, and [s]([HE]G + [r]Y) as u1 G + u2 Y (RFC 6507 5.2.2)
 *   p256_mul_base, p256_mul_add  single P-256 kernels
 *   srtp_cm, srtp_gcm  protect one 12 + 160-octet RTP packet (AES-CM-128/HMAC-SHA1-80, AES-GCM-128)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "mikeynano_native.h"

static const char *PX = "53FC09EE332C29AD0A7990053ED9B52A2B1A2FD60AEC69C698B2F204B6FF7CBFB5EDB6C0F6CE2308AB10DB9030B09E1043D5F22CDB9DFA55718BD9E7406CE8909760AF765DD5BCCB337C86548B72F2E1A702C3397A60DE74A7C1514DBA66910DD5CFB4CC80728D87EE9163A5B63F73EC80EC46C4967E0979880DC8ABEAE63895";
static const char *PY = "0A8249063F6009F1F9F1F0533634A135D3E82016029906963D778D821E141178F5EA69F4654EC2B9E7F7F5E5F0DE55F66B598CCF9A140B2E416CFF0CA9E032B970DAE117AD547C6CCAD696B5B7652FE0AC6F1E80164AA989492D979FC5A4D5F213515AD7E9CB99A980BDAD5AD5BB4636ADB9B5706A67DCDE75573FD71BEF16D7";
static const char *G = "66FC2A432B6EA392148F15867D623068C6A87BD1FB94C41E27FABE658E015A87371E94744C96FEDA449AE9563F8BC446CBFDA85D5D00EF577072DA8F541721BEEE0FAED1828EAB90B99DFB0138C7843355DF0460B4A9FD74B4F1A32BCAFA1FFAD682C033A7942BCCE3720F20B9B7B0403C8CAE87B7A0042ACDE0FAB36461EA46";
static const char *ZT = "5958EF1B1679BF099B3A030DF255AA6A23C1D8F143D4D23F753E69BD27A832F38CB4AD53DDEF4260B0FE8BB45C4C1FF510EFFE300367A37B61F701D914AEF09724825FA0707D61A6DFF4FBD7273566CDDE352A0B04B7C16A78309BE640697DE747613A5FC195E8B9F328852A579DB8F99B1D0034479EA9C5595F47C4B2F54FF2"
                      "1508D37514DCF7A8E143A6058C09A6BF2C9858CA37C258065AE6BF7532BC8B5B63383866E0753C5AC0E72709F8445F2E6178E065857E0EDA10F68206B63505ED87E534FB2831FF957FB7DC619DAE61301EEACC2FDA3680EA4999258A833CEA8FC67C6D19487FB449059F26CC8AAB655AB58B7CC796E24E9A394095754F5F8BAE";
static const char *RSK = "93AF67E5007BA6E6A80DA793DA300FA4B52D0A74E25E6E7B2B3D6EE9D18A9B5C5023597BD82D8062D34019563BA1D25C0DC56B7B979D74AA50F29FBF11CC2C93F5DFCA615E609279F6175CEADB00B58C6BEE1E7A2A47C4F0C456F05259A6FA94A634A40DAE1DF593D4FECF688D5FC678BE7EFC6DF3D6835325B83B2C6E69036B"
                       "155F0A27241094B04BFB0BDFAC6C670A65C325D39A069F03659D44CA27D3BE8DF311172B554160181CBE94A2A783320CED590BC42644702CF371271E496BF20F588B78A1BC01ECBB6559934BDD2FB65D2884318A33D1A42ADF5E33CC5800280B28356497F87135BAB9612A17260424409AC15FEE996B744C332151235DECB0F5";
static const char *R = "13EE3E1B8DAC5DB168B1CEB32F0566A4C273693F78BAFFA2A2EE6A686E6BD90F8206CCAB84E7F42ED39BD4FB131012ECCA2ECD2119414560C17CAB46B956A80F58A3302EB3E2C9A228FBA7ED34D8ACA2392DA1FFB0B17B2320AE09AAEDFD0235F6FE0EB65337A63F9CC97728B8E5AD0460FADE144369AA5B2166213247712096";
static const char *RBMODQ = "1F65644B20700B518FF4DA2EA5CAD602774898726BC1942D165E2F43EE332D026EF298E0F97B16D32889ECB78E1E3A2D4CC85C404738BDC17E7855B01CFF84F6267614261445AB5BC7E492A7E23CDE8C387443F5206A63023E97F73ED1FF9EB749C61A5AC08D74B9F2B8B46D0EB84BD9062A1C3711ABA57A88D4B8F6FF4528C0";
static const char *B = "323031312D30320074656C3A2B34343737303039303031323300";

static void hex(uint8_t *dst, size_t len, const char *h)
{
    size_t n = strlen(h) / 2;
    memset(dst, 0, len);
    for (size_t i = 0; i < n && i < len; i++)
    {
        unsigned v;
        sscanf(h + 2 * i, "%2x", &v);
        dst[len - n + i] = (uint8_t)v;
    }
}

int main(int argc, char **argv)
{
    const char *step = argc > 1 ? argv[1] : "";
    long n = argc > 2 ? atol(argv[2]) : 1;
    static uint8_t p[256], zt[256], rsk[256], g[128], r[128], rbq[128], b[128], qb[256], rp[256], out[256], w[128];
    hex(p, 128, PX); hex(p + 128, 128, PY);
    hex(g, 128, G); hex(zt, 256, ZT); hex(rsk, 256, RSK); hex(r, 128, R); hex(rbq, 128, RBMODQ);
    hex(b, 128, B);
    /* Q_b stands in as [b]P (the managed side adds Z_T); R = [r]Q_b */
    mn_sakke_mul(qb, p, b);
    mn_sakke_mul(rp, qb, r);
    size_t lw = mn_sakke_rsk_table_words(), cw = mn_sakke_comb_words();
    uint32_t *lines = calloc(lw, 4), *cq = calloc(cw, 4), *cp = calloc(cw, 4), *cz = calloc(cw, 4);
    int tables = !strcmp(step, "decap_tables") || !strcmp(step, "encap_tables");
    if (tables)
    {
        mn_sakke_rsk_table_build(lines, lw, rsk);
        mn_sakke_comb_build_public(cq, cw, qb);
        mn_sakke_comb_build_public(cp, cw, p);
        mn_sakke_comb_build_public(cz, cw, zt);
    }
    uint8_t k32[32], u2[32], q64[64], p64[64];
    for (int i = 0; i < 32; i++) { k32[i] = (uint8_t)(0xA7 ^ i * 29); u2[i] = (uint8_t)(0x3C + i * 11); }
    mn_p256_mul_base(q64, u2);
    size_t kw = (mn_srtp_keys_size() + 3) / 4;
    uint32_t *cm = calloc(kw, 4), *gcm = calloc(kw, 4);
    uint8_t key[16] = {1, 2, 3}, salt[14] = {4, 5, 6}, auth[20] = {7, 8, 9}, pkt[12 + 160 + 16] = {0x80, 0x00, 0x12, 0x34};
    mn_srtp_keys_init((mn_srtp_keys *)cm, MN_SRTP_AES_CM_HMAC_SHA1, key, 16, salt, 14, auth, 20);
    mn_srtp_keys_init((mn_srtp_keys *)gcm, MN_SRTP_AES_GCM, key, 16, salt, 12, NULL, 0);
    int st = 0;
    for (long i = 0; i < n; i++)
    {
        if (!strcmp(step, "decap_plain")) st |= mn_sakke_pair(w, rp, rsk) | mn_sakke_check(qb, r, rp);
        else if (!strcmp(step, "decap_tables")) st |= mn_sakke_rsk_pair(w, lines, lw, rp) | mn_sakke_check_comb(cq, cw, r, rp);
        else if (!strcmp(step, "encap_plain")) st |= mn_sakke_mul(out, p, b) | mn_sakke_mul(out, qb, r) | mn_sakke_pf_pow(w, g, r);
        else if (!strcmp(step, "encap_tables")) st |= mn_sakke_comb_mul2(out, cp, rbq, cz, r, cw) | mn_sakke_pf_pow(w, g, r);
        else if (!strcmp(step, "rsk_check")) st |= mn_sakke_mul(out, p, b) | mn_sakke_pair(w, qb, rsk);
        else if (!strcmp(step, "tables"))
            st |= mn_sakke_rsk_table_build(lines, lw, rsk) | mn_sakke_comb_build_public(cq, cw, qb) |
                  mn_sakke_comb_build_public(cp, cw, p) | mn_sakke_comb_build_public(cz, cw, zt);
        else if (!strcmp(step, "rsk_lines")) st |= mn_sakke_rsk_table_build(lines, lw, rsk);
        else if (!strcmp(step, "comb_build")) st |= mn_sakke_comb_build_public(cq, cw, qb);
        else if (!strcmp(step, "eccsi_sign") || !strcmp(step, "p256_mul_base")) st |= mn_p256_mul_base(p64, k32);
        else if (!strcmp(step, "eccsi_verify"))
        {
            uint8_t zero[32] = {0};
            st |= mn_p256_mul_add_public(p64, zero, k32, q64) | mn_p256_mul_add_public(p64, k32, u2, q64);
        }
        else if (!strcmp(step, "p256_mul_add")) st |= mn_p256_mul_add_public(p64, k32, u2, q64);
        else if (!strcmp(step, "srtp_cm")) st |= mn_srtp_protect((const mn_srtp_keys *)cm, pkt, 12, 160, 0, pkt + 172, 10);
        else if (!strcmp(step, "srtp_gcm")) st |= mn_srtp_protect((const mn_srtp_keys *)gcm, pkt, 12, 160, 0, pkt + 172, 16);
        else { fprintf(stderr, "unknown step %s\n", step); return 2; }
    }
    printf("%s x%ld: status %d\n", step, n, st);
    return 0;
}
