namespace MikeyNano.Tests.Sakke
{
    /// <summary>Real 3GPP TS 33.180 MIKEY-SAKKE I_MESSAGEs and KMS material: Streamwide sw_mikey_sakke
    /// StreamwideTestVectors.md ("Streamwide Test Vectors (v5)"), via ../shared/vectors/streamwide-ts33180-mikey-sakke-imessages.txt
    /// (raw message hex from its payload breakdown). Offsets: the SAKKE data (273 octets) starts at SakkeOffset; the
    /// SIGN payload's signature (r || s || PVT, 129 octets) is the last 129 octets, and the signed data is everything
    /// before it (HDR through the 2-octet SIGN header).</summary>
    public static class StreamwideVectors
    {
        public const string KmsUri = "kms.mydev.streamwide.com";
        public const ulong UserKeyPeriod = 16777215;
        public const ulong UserKeyOffset = 0;
        public const ulong KeyPeriodNo = 236;
        public const string PubEncKey =
            "046fc2cf00fd48467abe7c02f383002fc49b6632bf0f7071d958f1f128154e6fae1f69bb91691a191a358fe647a3e020d2365d52f81fb3af4ea271654f1a8802" +
            "74c1ae228ac72cc15d535394321bd2143cea2619fb3b0c6ce7a5f72714d8ef4d11cb0c991c3376ca31b168b01e66021effdbf7920bd66615e6f0d6a1e61c06e7" +
            "2e61b4138738c11bc249a3849e9c4cff327a7d0d2769c3d97a37f86adfb13baa257e628ce236f40360d3f7b8d95b0e3fcc19417602d7d6b8928b855eae9129be" +
            "1f0b87d33e884906dd95a04a8bd61240bad60f9dfada64806726f8f08b86343f54046416f5198116e9798c218bcf9ca07d0baa4be50062bfe54e44495b6ed59c" +
            "b6";
        public const string PubAuthKey =
            "0448f9c2c48b50735f6bc70ec6691073243f1e0bd83cc73bb936d61ffcb2d6049a5b297e8205b29fbd8591cb582d6402add21451ce4beebeaaa7520e93b11cf2" +
            "8f";

        public const string GmsUri = "gms@streamwide.com";
        public const string GmsUid = "15a4d5b12856538d02d91fedbb766e6dd377b014c92e216666c8fb678608d20e";
        public const string GmsRsk =
            "043f591611206a0913ecb68ab28e086ac1148fbd5ce4a40bf00a186653ecf6f0055f4f1b5ef8a4b527d33dd28c731c7b2829d6329283533d499b04c31e2d3043" +
            "7919f486ef76c8a6cbca2f279724539e52b3a1760077670fc35756a9417625d57876717811bd3f1fb8fb473b547ba874a8f5d747cd63b2ebcdb150f5b454a46e" +
            "c2512a86f0672439d3121a0eddf5995f18e1c77e3423ea34427b62281977e3afb9b5c8766c5a32e1f9b29f0bb12d46a03f8f3ec7357e59f969473bcf4d4cdc3c" +
            "dedb6e7982e6477117a3c02d86165896485323c96f53a330e5e995ce83b23127542f2177916d5007a5aa116680093911d4bc587cd94e2bdec36d7290ed4f2d39" +
            "98";
        public const string GmsSsk = "2e7237faa18a874b88d955199dea974b7d0fefcbbae1946baf659b26a4d05a5e";
        public const string GmsPvt = "0468a24d49b184d7008d22f63a415debd38bfa9295f066fa6ada5951c2322d2eca1d6f1d994f22710daef776d9c54d9a338f32395080d6f2bdffb6c7895f12cda2";

        public const string AliceUri = "sip:alice@streamwide.com";
        public const string AliceUid = "b5c452309219da6a3d805615548d6c1b0f4de45a6b48fb13d9a24d857fc03dc4";
        public const string AliceRsk =
            "0428b44cd6dffd2e7fe73521a5c514738287df177c1ae841ba6f5d72601b9c6bc5509c3fd800ac1fee833dd81c74ab39d2740a10fba25cd9b0debb25a3da958c" +
            "f52e35e863d2db37ea22b318d23d9911d36f585eb110e430123f3cd84d2692a4013bc7f59533e5da2083d8e6e8b96764eb8e8be599dc2361e7428460b8490200" +
            "417baa5bac10efaa5262301b3110f6da9e8bc9c4b62827c3d4f4070a8e341346a326a23f219d2a99298036615956bb85a60cf303d15d469c1ee837c29cba5dcc" +
            "b28d74e4ba0d83dac9400d72eecb1817cc60127203f1321e82b7a24f60c07f1804a9895cbb455a94694a5ef627b1c631760295dad53f0eed1714ba52d5a932bd" +
            "dd";
        public const string AliceSsk = "a1be54a56c7905c06abd2be177fc0c137a32278c9067550b0f0d93fb630d2428";
        public const string AlicePvt = "0426cd8b0a33af9b381ee53ebc6841aed5c1c98fb0d2beb9c7ff98d7c79808d1f566659f6b735016192dd9984df56e54f3f95c76ac4638c1f3d3228f3c752c8cc8";

        public const string IwfUri = "sip:iwf_legacy_v1.1.x_format@streamwide.com";
        public const string IwfUid = "edb3cd733168a81106e366c2ddc0e4bc323e9069d48edfe2b3b0f7033bae962a";
        public const string IwfRsk =
            "0424b74f88f8fb0cc7b1fa8b48ef1cd676ac776a3dc98d41c7e334308a7068906d44eb13ea49c472b8835685a4151a2705fb78e0371ff351d7ed38de0977ca10" +
            "ad23c91a569010718f0498daa45f46d8c57e40d96081b839d59c0a1ce06a5044f53ec9b379e730da0605cafcb922b018023c463478d63298bad759dbcae40e81" +
            "20703f7badd9e5635a22e2a95d7fa94455225065d1d417b3eba279a77882d50425336ed8c5529c608e1777dbad5da9cb23d2fdc5ff0225b1c2237463ac107d9a" +
            "9f3160e2e4b0e6601fa7609fe28640d8b03cdda21411370a5610758436ab98793caef1391ff7eaa01ee15e4893d72c648eba206d17199cf416e56e09e7bca3ae" +
            "3d";
        public const string IwfSsk = "ed3162edf45f6e6f0f0939a02c84795c2ab78f714c91fe0254ca0f48eacf6a20";
        public const string IwfPvt = "0411d4c57e7b945588148a55f9e88bd1d62017f4fab600af6bf4dcdb05e6f75e9441e20f7a9e2371ebb34692b941270b52744d1699538b41a4cdf043101e23449d";

        public const string BobUri = "sip:bob@streamwide.com";
        public const string BobUid = "780851cda91a9c33f941cd3a2831697e2893264754e363f8a0cef827eb201a81";
        public const string BobRsk =
            "04421d385f108bd51f66abbce40b899efe187dbb08085d9a535fca8766677db317812e48da407235d73399d4d2e2ed4f5a35d7694b64595ce0599e4d3592f5b5" +
            "7ede83890fd798aec2cd96f333d6139d9f7ecfecbb79b769f5fbbc6825beeb25999acdf6fb2edd369176f45db0caf5909aa81512e57064c46ae1c23df9284ffb" +
            "a55741cde0b7a8145fdbea76b4ee243d79bd70db4300c55570f342ca0df98e8f3b410e1df4ccbdd279403d3da06cad4c5db8d4e078a191a7a0545391e8ca72e5" +
            "1c793448c4ba8be71fbac90a84ded3d6127c4d7438a3132f354b283d65da75a5070ecd96f02d694c505efcb05caf2290bf15ee45c15a0e652496b88acbaf1d26" +
            "a3";
        public const string BobSsk = "a36885736f21b6ceba48448093086f4ada1ce099bd77e3047c04529ac3f4d4eb";
        public const string BobPvt = "049c203fda536ae9481eb7f3a1e4662d0adaa6a3b7d3fff0c2dfadd148a754af424d434253b62dcd08eb6aedb6cd091e09f8539d41d3ef2d0ce07e8ead352f2dd9";

        public const string Test1Gmk = MikeyNano.Tests.Mikey.Ts33180Vectors.GmkHex;
        public const int Test1GmkSakkeOffset = 222;
        public const string Test1GmkKey = "07d1a1677ac36d8e81620484689b3c2d";

        public const string Test2Csk = MikeyNano.Tests.Mikey.Ts33180Vectors.CskHex;
        public const int Test2CskSakkeOffset = 218;
        public const string Test2CskKey = "e06e65106183547342d3e8a6ce2540a8";

        public const string Test3Pck = MikeyNano.Tests.Mikey.Ts33180Vectors.PckHex;
        public const int Test3PckSakkeOffset = 207;
        public const string Test3PckKey = "b4c96b703acd5c1bf7d4cc45068d9965";

        public const string Test4LegacyGmk = MikeyNano.Tests.Mikey.Ts33180Vectors.LegacyGmkHex;
        public const int Test4LegacyGmkSakkeOffset = 225;
        public const string Test4LegacyGmkKey = "07d1a1677ac36d8e81620484689b3c2d";
    }
}
