namespace MikeyNano.Tests.Mikey
{
    /// <summary>Real MIKEY-NULL messages, via ../shared/vectors/mikey-null-psk-examples.txt.</summary>
    public static class MikeyNullVectors
    {
        /// <summary>ONVIF Streaming spec example (github.com/onvif/specs PR #555, doc/Streaming.xml), base64.</summary>
        public const string OnvifBase64 =
            "AQAFAP1td9ABAADCD1UcAAAAAAoAAdOOGc75XD0BAAAAGAABAQEBEAIBAQMBFAcBAQgBAQoBAQsBCgAAACcAIQAe30C59UrClE0e27UP5h/Wty9UL8+dfzg+2ttmmo3kBAAAAC8A";

        /// <summary>gortsplib pkg/mikey/message_test.go case "a" (github.com/bluenviron/gortsplib), hex.</summary>
        public const string GortsplibHex =
            "01000500e69d51f801000030685760000000000b00ebfe6f2db1c13fd00a10c2dde443a84930a5757a7ed9c3a417fb010000001500010101011002010103010a0701010801010a0101000000220020001e9091783dfce8ddcd443a53508b64509f35bd8a86bc4d8b7637a502493daf00";
    }
}
