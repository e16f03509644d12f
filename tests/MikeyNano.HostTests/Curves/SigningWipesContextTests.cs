using System;
using System.Collections;
using System.Linq;
using System.Reflection;
using MikeyNano.Arithmetic;
using MikeyNano.Curves;
using MikeyNano.Ecc;
using MikeyNano.HostPlatform;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Curves
{
    /// <summary>Signing and ECDH reuse one cached P-256 context: after each call every array reachable from that context
    /// (its point scratch, the field's and the scalar field's scratch, the divstep inverters) must be all zero, apart from
    /// the constants the fields share.</summary>
    [TestClass]
    [DoNotParallelize] // inspects the process-wide signing context
    public class SigningWipesContextTests
    {
        [TestMethod]
        public void NoSecretRemainsInTheCachedContext()
        {
            var kp = P256KeyPair.Generate(SystemRandomSource.Instance);
            byte[] hash = new byte[32]; hash[1] = 7;
            EcdsaP256.SignHashDeterministic(kp.PrivateKey, hash);
            AssertWiped("RFC 6979 signing");
            EcdsaP256.SignHash(kp.PrivateKey, hash, SystemRandomSource.Instance);
            AssertWiped("random-nonce signing");
            EcdhP256.SharedSecret(kp.PrivateKey, P256Point.Generator);
            AssertWiped("ECDH");
        }

        private static void AssertWiped(string after)
        {
            var cacheType = typeof(P256).Assembly.GetType("MikeyNano.Curves.P256ContextCache", true);
            object signing = cacheType.GetField("Signing", BindingFlags.NonPublic | BindingFlags.Static).GetValue(null);
            var ctx = (P256)cacheType.GetField("_spare", BindingFlags.NonPublic | BindingFlags.Instance).GetValue(signing);
            Assert.IsNotNull(ctx, "the signing context was cached");
            int arrays = 0;
            foreach (object owner in new object[] { ctx, ctx.Field, ctx.Scalars })
                foreach (var field in owner.GetType().GetFields(BindingFlags.NonPublic | BindingFlags.Instance))
                {
                    if (!field.IsInitOnly && field.FieldType != typeof(uint[][]) && !field.FieldType.IsArray
                        && field.FieldType != typeof(DivstepInverse) && field.FieldType != typeof(JacobianPoint)) continue;
                    if (IsSharedConstant(owner, field)) continue;
                    foreach (var array in Arrays(field.GetValue(owner)))
                    {
                        arrays++;
                        Assert.IsTrue(array.Cast<object>().All(v => Convert.ToInt64(v) == 0), $"{owner.GetType().Name}.{field.Name} holds data after {after}");
                    }
                }
            Assert.IsTrue(arrays > 20, "scratch arrays were inspected");
        }

        /// <summary>Constants (modulus, R^2, R^3, schedules, exponents) are shared, not scratch.</summary>
        private static bool IsSharedConstant(object owner, FieldInfo field) =>
            new[] { "_p", "_r2", "_r3", "_one", "_rawOne", "_pMinus2", "_sqrtExp", "_invertSchedule", "_sqrtSchedule", "_m" }.Contains(field.Name);

        private static System.Collections.Generic.IEnumerable<Array> Arrays(object value)
        {
            switch (value)
            {
                case uint[][] table: foreach (var t in table) yield return t; break;
                case Array a: yield return a; break;
                case JacobianPoint p: yield return p.X; yield return p.Y; yield return p.Z; break;
                case DivstepInverse inv:
                    foreach (var f in typeof(DivstepInverse).GetFields(BindingFlags.NonPublic | BindingFlags.Instance))
                        if (f.FieldType == typeof(int[]) && f.Name != "_m") yield return (Array)f.GetValue(inv);
                    break;
            }
        }
    }
}
