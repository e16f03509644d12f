namespace MikeyNano.Tests.Srtp
{
    /// <summary>SRTP vectors, via ../shared/vectors/rfc3711-rfc6188-srtp.txt: RFC 3711 Appendix B.2/B.3, RFC 6188
    /// sections 7.2/7.4, and the libSRTP reference packets (srtp_driver.c srtp_validate / srtp_validate_aes_256).</summary>
    internal static class SrtpVectors
    {
        // RFC 3711 B.2 AES-CM keystream
        public const string B2SessionKey = "2B7E151628AED2A6ABF7158809CF4F3C";
        public const string B2SessionSalt = "F0F1F2F3F4F5F6F7F8F9FAFBFCFD";
        public const string B2Iv = "F0F1F2F3F4F5F6F7F8F9FAFBFCFD0000";
        public const string B2Block0000 = "E03EAD0935C95E80E166B16DD92B4EB4";
        public const string B2Block0001 = "D23513162B02D0F72A43A2FE4A5F97AB";
        public const string B2Block0002 = "41E95B3BB0A2E8DD477901E4FCA894C0";
        public const string B2BlockFEFF = "EC8CDF7398607CB0F2D21675EA9EA1E4";
        public const string B2BlockFF00 = "362B7C3C6773516318A077D7FC5073AE";
        public const string B2BlockFF01 = "6A2CC3787889374FBEB4C81B17BA6C44";

        // RFC 3711 B.3 key derivation (AES-128-CM PRF, kdr 0, index 0); SRTCP labels recomputed (see vector file)
        public const string B3MasterKey = "E1F97A0D3E018BE0D64FA32C06DE4139";
        public const string B3MasterSalt = "0EC675AD498AFEEBB6960B3AABE6";
        public const string B3CipherKey = "C61E7A93744F39EE10734AFE3FF7A087";
        public const string B3CipherSalt = "30CBBC08863D8C85D49DB34A9AE1";
        public const string B3AuthKey94 =
            "CEBE321F6FF7716B6FD4AB49AF256A156D38BAA48F0A0ACF3C34E2359E6CDBCEE049646C43D9327AD175578EF72270986371C10C9A369AC2F94A8C5FBCDDDC256D6E919A48B610EF17C2041E474035766B68642C59BBFC2F34DB60DBDFB2";
        public const string B3RtcpCipherKey = "4c1aa45a81f73d61c800bbb00fbb1eaa";
        public const string B3RtcpAuthKey = "8d54534feb49ae8e7993a6bd0b844fc323a93dfd";
        public const string B3RtcpSalt = "9581c7ad87b3e530bf3e4454a8b3";

        // RFC 6188 7.2 (AES-256-CM PRF) and 7.4 (AES-192-CM PRF)
        public const string Aes256MasterKey = "f0f04914b513f2763a1b1fa130f10e2998f6f6e43e4309d1e622a0e332b9f1b6";
        public const string Aes256MasterSalt = "3b04803de51ee7c96423ab5b78d2";
        public const string Aes256CipherKey = "5ba1064e30ec51613cad926c5a28ef731ec7fb397f70a960653caf06554cd8c4";
        public const string Aes256CipherSalt = "fa31791685ca444a9e07c6c64e93";
        public const string Aes256AuthKey = "fd9c32d39ed5fbb5a9dc96b30818454d1313dc05";
        public const string Aes192MasterKey = "73edc66c4fa15776fb57f9505c17136550ffda71f3e8e5f1";
        public const string Aes192MasterSalt = "c8522f3acd4ce86d5add78edbb11";
        public const string Aes192CipherKey = "31874736a8f1143870c26e4857d8a5b2c4a354407faadabb";
        public const string Aes192CipherSalt = "2372b82d639b6d8503a47adc0a6c";
        public const string Aes192AuthKey = "355b10973cd95b9eacf4061c7e1a7151e7cfbfcb";

        // libSRTP reference packets: SSRC cafebabe, SEQ 0x1234, ROC 0, 80-bit tag
        public const uint ReferenceSsrc = 0xCAFEBABE;
        public const string PlainRtp = "800f1234decafbadcafebabeabababababababababababababababab";
        public const string SrtpAesCm128Sha1_80 = "800f1234decafbadcafebabe4e55dc4ce79978d88ca4d215949d2402b78d6acc99ea179b8dbb";
        public const string SrtpAesCm256Sha1_80 = "800f1234decafbadcafebabef1d9de17ff251ff1aa007774b0b4b40da08d9d9a5b3a55d8873b";
        public const string PlainRtcp = "81c8000bcafebabeabababababababababababababababab";
        /// <summary>SRTCP index 1, E = 1.</summary>
        public const string SrtcpAesCm128Sha1_80 = "81c8000bcafebabe7128035be487b9bdbef89041f977a5a880000001993e08cd54d6c1230798";
    }
}
