/* MikeyNano's host program over GStreamer's MIKEY code (GstMIKEYMessage in libgstsdp, gst-plugins-base): a real
 * peer for the MIKEY-NULL and MIKEY-PSK tests (tests/MikeyNano.HostTests/GStreamer). Compiled at test time with
 * `gcc mikey_gst.c $(pkg-config --cflags --libs gstreamer-sdp-1.0)`.
 *   offer-null SSRC KEYHEX      GStreamer's MIKEY-NULL I_MESSAGE for caps with that SSRC and srtp-key, as
 *                               gst-rtsp-server makes it (gst_mikey_message_new_from_caps, then the SSRC's map entry)
 *   offer-psk SSRC TGKHEX       the same message made MIKEY-PSK-shaped: one TGK key-data item, KEMAC Encr alg AES-CM
 *                               and MAC alg HMAC-SHA-1; GStreamer 1.22 writes the key data unencrypted and the MAC
 *                               as zeros (it does not implement either), so the caller protects it
 *   read HEX                    what GStreamer parses from a message: header, map, payloads, key data, and the SRTP
 *                               caps gst_mikey_message_to_caps gives
 * Output: hex on one line, or "name value" lines. Exit 2 when GStreamer refuses the input.
 * GStreamer 1.22 loops forever on SIGN, IDR, GEN_EXT, SAKKE, V and ERR payloads: never give it those (the caller
 * also runs this under a timeout). */
#include <gst/gst.h>
#include <gst/sdp/gstmikey.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static guint64 no_info[64]; /* GStreamer 1.22 needs an info pointer for an encrypted KEMAC but reads nothing from it */

static guint8 *from_hex(const char *hex, gsize *n)
{
  gsize len = strlen(hex) / 2;
  guint8 *b = g_malloc(len ? len : 1);
  for (gsize i = 0; i < len; i++) sscanf(hex + 2 * i, "%2hhx", &b[i]);
  *n = len;
  return b;
}

static void print_hex(const char *name, const guint8 *d, gsize n)
{
  if (name) printf("%s ", name);
  for (gsize i = 0; i < n; i++) printf("%02x", d[i]);
  printf("\n");
}

static GstMIKEYMessage *offer(const char *ssrc, const char *keyhex)
{
  gchar *s = g_strdup_printf("application/x-srtp, ssrc=(uint)%s, srtp-key=(buffer)%s, srtp-cipher=(string)aes-128-icm,"
      " srtp-auth=(string)hmac-sha1-80, srtcp-cipher=(string)aes-128-icm, srtcp-auth=(string)hmac-sha1-80", ssrc, keyhex);
  GstCaps *caps = gst_caps_from_string(s);
  GstMIKEYMessage *m = gst_mikey_message_new_from_caps(caps);
  gst_mikey_message_add_cs_srtp(m, 0, (guint32)strtoul(ssrc, NULL, 10), 0);
  gst_caps_unref(caps);
  g_free(s);
  return m;
}

static int emit(GstMIKEYMessage *m, GstMIKEYEncryptInfo *info)
{
  GError *err = NULL;
  GBytes *b = gst_mikey_message_to_bytes(m, info, &err);
  if (!b) { fprintf(stderr, "to_bytes: %s\n", err ? err->message : "failed"); return 2; }
  gsize n;
  const guint8 *d = g_bytes_get_data(b, &n);
  print_hex(NULL, d, n);
  g_bytes_unref(b);
  return 0;
}

static int make_psk(GstMIKEYMessage *m, const char *tgkhex)
{
  gsize n;
  guint8 *tgk = from_hex(tgkhex, &n);
  for (guint i = 0; i < gst_mikey_message_get_n_payloads(m); i++)
  {
    GstMIKEYPayload *p = (GstMIKEYPayload *)gst_mikey_message_get_payload(m, i);
    if (p->type != GST_MIKEY_PT_KEMAC) continue;
    GstMIKEYPayloadKEMAC *k = (GstMIKEYPayloadKEMAC *)p;
    while (gst_mikey_payload_kemac_get_n_sub(p) > 0) gst_mikey_payload_kemac_remove_sub(p, 0);
    GstMIKEYPayload *kd = gst_mikey_payload_new(GST_MIKEY_PT_KEY_DATA);
    gst_mikey_payload_key_data_set_key(kd, GST_MIKEY_KD_TGK, (guint16)n, tgk);
    gst_mikey_payload_kemac_add_sub(p, kd);
    k->enc_alg = GST_MIKEY_ENC_AES_CM_128; /* gst_mikey_payload_kemac_set would drop nothing, but set in place */
    k->mac_alg = GST_MIKEY_MAC_HMAC_SHA_1_160;
  }
  g_free(tgk);
  return emit(m, (GstMIKEYEncryptInfo *)no_info);
}

static int read_message(const char *hex)
{
  gsize n;
  guint8 *d = from_hex(hex, &n);
  GBytes *b = g_bytes_new_take(d, n);
  GError *err = NULL;
  GstMIKEYMessage *m = gst_mikey_message_new_from_bytes(b, (GstMIKEYDecryptInfo *)no_info, &err);
  if (!m) { fprintf(stderr, "new_from_bytes: %s\n", err ? err->message : "refused"); return 2; }
  printf("type %d\nv %d\nprf %d\ncsb %08x\nmap %d\nncs %u\n", m->type, m->V ? 1 : 0, m->prf_func, m->CSB_id, m->map_type,
      gst_mikey_message_get_n_cs(m));
  for (guint i = 0; i < gst_mikey_message_get_n_cs(m); i++)
  {
    const GstMIKEYMapSRTP *e = gst_mikey_message_get_cs_srtp(m, i);
    printf("cs %u %08x %u\n", e->policy, e->ssrc, e->roc);
  }
  for (guint i = 0; i < gst_mikey_message_get_n_payloads(m); i++)
  {
    const GstMIKEYPayload *p = gst_mikey_message_get_payload(m, i);
    printf("payload %d\n", p->type);
    if (p->type == GST_MIKEY_PT_KEMAC)
    {
      const GstMIKEYPayloadKEMAC *k = (const GstMIKEYPayloadKEMAC *)p;
      printf("kemac %d %d %u\n", k->enc_alg, k->mac_alg, gst_mikey_payload_kemac_get_n_sub(p));
      for (guint j = 0; j < gst_mikey_payload_kemac_get_n_sub(p); j++)
      {
        const GstMIKEYPayloadKeyData *kd = (const GstMIKEYPayloadKeyData *)gst_mikey_payload_kemac_get_sub(p, j);
        printf("keytype %d\n", kd->key_type);
        print_hex("key", kd->key_data, kd->key_len);
      }
    }
    else if (p->type == GST_MIKEY_PT_T)
    {
      const GstMIKEYPayloadT *t = (const GstMIKEYPayloadT *)p;
      printf("ts %d\n", t->type);
    }
    else if (p->type == GST_MIKEY_PT_RAND)
    {
      const GstMIKEYPayloadRAND *r = (const GstMIKEYPayloadRAND *)p;
      print_hex("rand", r->rand, r->len);
    }
    else if (p->type == GST_MIKEY_PT_SP)
    {
      const GstMIKEYPayloadSP *sp = (const GstMIKEYPayloadSP *)p;
      printf("sp %u %d %u\n", sp->policy, sp->proto, gst_mikey_payload_sp_get_n_params(p));
    }
  }
  GstCaps *caps = gst_caps_new_empty_simple("application/x-srtp");
  if (gst_mikey_message_to_caps(m, caps))
  {
    gchar *s = gst_caps_to_string(caps);
    printf("caps %s\n", s);
    g_free(s);
  }
  gst_caps_unref(caps);
  gst_mikey_message_unref(m);
  return 0;
}

int main(int argc, char **argv)
{
  gst_init(&argc, &argv);
  if (argc == 4 && strcmp(argv[1], "offer-null") == 0) return emit(offer(argv[2], argv[3]), NULL);
  if (argc == 4 && strcmp(argv[1], "offer-psk") == 0)
    return make_psk(offer(argv[2], "000000000000000000000000000000000000000000000000000000000000"), argv[3]);
  if (argc == 3 && strcmp(argv[1], "read") == 0) return read_message(argv[2]);
  fprintf(stderr, "usage: offer-null SSRC KEYHEX | offer-psk SSRC TGKHEX | read HEX\n");
  return 1;
}
