/* Instruction counts of the SAKKE kernels (issue 12 Deliver 6): `valgrind --tool=callgrind --collect-atstart=no
 * bench_sakke OP` on the 32-bit build (-DMN_M32=ON) counts only OP (one call; set-up such as building a table is not
 * counted unless OP is that build). OPs: mul sqr inv smul comb comb2 combbuild pair rskbuild rskpair check checkcomb
 * decap (with tables: the RSK-line pairing, R's validation and the comb check), decapplain (plain pairing and plain
 * check), pfpow (g^r in PF_p for RFC 6508 Appendix A's g = <P, P>: the sender's g^r, on g's combs) and pfpowany (g^r with
 * P's x as g: the fixed windows that any other g takes). Without an OP (as CTest runs it) it runs every OP once and checks nothing but the statuses. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "mikeynano_native.h"
#include "bench_marks.h"

static const char *PXY = "53FC09EE332C29AD0A7990053ED9B52A2B1A2FD60AEC69C698B2F204B6FF7CBFB5EDB6C0F6CE2308AB10DB9030B09E1043D5F22CDB9DFA55718BD9E7406CE8909760AF765DD5BCCB337C86548B72F2E1A702C3397A60DE74A7C1514DBA66910DD5CFB4CC80728D87EE9163A5B63F73EC80EC46C4967E0979880DC8ABEAE63895"
                         "0A8249063F6009F1F9F1F0533634A135D3E82016029906963D778D821E141178F5EA69F4654EC2B9E7F7F5E5F0DE55F66B598CCF9A140B2E416CFF0CA9E032B970DAE117AD547C6CCAD696B5B7652FE0AC6F1E80164AA989492D979FC5A4D5F213515AD7E9CB99A980BDAD5AD5BB4636ADB9B5706A67DCDE75573FD71BEF16D7";

static const char *G = "66FC2A432B6EA392148F15867D623068C6A87BD1FB94C41E27FABE658E015A87371E94744C96FEDA449AE9563F8BC446CBFDA85D5D00EF577072DA8F541721BEEE0FAED1828EAB90B99DFB0138C7843355DF0460B4A9FD74B4F1A32BCAFA1FFAD682C033A7942BCCE3720F20B9B7B0403C8CAE87B7A0042ACDE0FAB36461EA46";

static void hex(uint8_t *dst, size_t len, const char *h)
{
    for (size_t i = 0; i < len; i++) {
        unsigned v;
        sscanf(h + 2 * i, "%2x", &v);
        dst[i] = (uint8_t)v;
    }
}

static const char *ops[] = { "mul", "sqr", "inv", "smul", "comb", "comb2", "pair", "rskbuild", "rskpair", "check", "checkcomb", "decap", "decapplain", "combbuild", "pfpow", "pfpowany" };

/* The inputs of every OP: Q_b = [k2]P, an RSK-like point [k]P, R = [k]Q_b, and their tables. `bench_sakke prepare DIR`
 * computes them and writes them to DIR; `bench_sakke OP DIR` reads them instead (so that an instruction trace under
 * qemu-i386 holds the measured call alone). Without DIR the run computes them itself. */
typedef struct { uint8_t qb[256], rsk[256], rp[256]; uint32_t comb1[8196], comb2[8196]; } inputs;

static int save(const char *dir, const char *name, const void *p, size_t n, int write)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, write ? "wb" : "rb");
    if (!f) return 1;
    size_t done = write ? fwrite(p, 1, n, f) : fread((void *)p, 1, n, f);
    fclose(f);
    return done != n;
}

static int run(const char *op, const char *dir)
{
    static inputs in;
    uint8_t p[256], g[128], k[128], k2[128], w[128], out[256];
    uint32_t a[32], b[32], r[32];
    size_t cw = mn_sakke_comb_words(), rw = mn_sakke_rsk_table_words();
    int st = 0;
    hex(p, 256, PXY);
    hex(g, 128, G);
    for (int i = 0; i < 128; i++) { k[i] = (uint8_t)(37 * i + 11); k2[i] = (uint8_t)(101 * i + 5); }
    k[0] = 0x12; k2[0] = 0x0F;
    for (int i = 0; i < 32; i++) { a[i] = 0x9E3779B9u * (uint32_t)(i + 1); b[i] = 0x85EBCA6Bu * (uint32_t)(i + 7); }
    a[31] = b[31] = 0x12345678u;
    uint32_t *lines = malloc(rw * 4);
    if (!lines) return 1;
    int prepare = !strcmp(op, "prepare");
    if (dir && !prepare) {
        st |= save(dir, "inputs.bin", &in, sizeof in, 0) | save(dir, "lines.bin", lines, rw * 4, 0);
    } else {
        st |= mn_sakke_mul(in.qb, p, k2);
        st |= mn_sakke_mul(in.rsk, p, k);
        st |= mn_sakke_mul(in.rp, in.qb, k);
        st |= mn_sakke_comb_build_public(in.comb1, cw, in.qb);
        st |= mn_sakke_comb_build_public(in.comb2, cw, p);
        st |= mn_sakke_rsk_table_build(lines, rw, in.rsk);
        if (prepare) {
            st |= save(dir, "inputs.bin", &in, sizeof in, 1) | save(dir, "lines.bin", lines, rw * 4, 1);
            free(lines);
            return st;
        }
    }
    uint32_t *t1 = in.comb1, *t2 = in.comb2;
    uint8_t *qb = in.qb, *rsk = in.rsk, *rp = in.rp;
    CALLGRIND_TOGGLE_COLLECT;
    bench_start();
    if (!strcmp(op, "mul")) st |= mn_fp1024_mul(r, a, b);
    else if (!strcmp(op, "sqr")) st |= mn_fp1024_sqr(r, a);
    else if (!strcmp(op, "inv")) st |= mn_fp1024_inv(r, a);
    else if (!strcmp(op, "smul")) st |= mn_sakke_mul(out, qb, k);
    else if (!strcmp(op, "comb")) st |= mn_sakke_comb_mul(out, t1, cw, k);
    else if (!strcmp(op, "comb2")) st |= mn_sakke_comb_mul2(out, t1, k, t2, k2, cw);
    else if (!strcmp(op, "combbuild")) st |= mn_sakke_comb_build_public(t2, cw, qb);
    else if (!strcmp(op, "pair")) st |= mn_sakke_pair(w, rp, rsk);
    else if (!strcmp(op, "rskbuild")) st |= mn_sakke_rsk_table_build(lines, rw, rsk);
    else if (!strcmp(op, "rskpair")) st |= mn_sakke_rsk_pair(w, lines, rw, rp);
    else if (!strcmp(op, "check")) st |= mn_sakke_check(qb, k, rp);
    else if (!strcmp(op, "checkcomb")) st |= mn_sakke_check_comb(t1, cw, k, rp);
    else if (!strcmp(op, "decap")) st |= mn_sakke_rsk_pair(w, lines, rw, rp) | mn_sakke_check_comb(t1, cw, k, rp);
    else if (!strcmp(op, "pfpow")) st |= mn_sakke_pf_pow(w, g, k);
    else if (!strcmp(op, "pfpowany")) st |= mn_sakke_pf_pow(w, p, k);
    else if (!strcmp(op, "decapplain")) st |= mn_sakke_pair(w, rp, rsk) | mn_sakke_check(qb, k, rp);
    else { printf("unknown op %s\n", op); st = 1; }
    bench_stop();
    CALLGRIND_TOGGLE_COLLECT;
    free(lines);
    return st;
}

int main(int argc, char **argv)
{
    if (argc > 1) return run(argv[1], argc > 2 ? argv[2] : NULL) ? 1 : 0;
    int st = 0;
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) st |= run(ops[i], NULL);
    printf("bench_sakke: %s\n", st ? "FAILED" : "ok");
    return st ? 1 : 0;
}
