using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Native
{
    /// <summary>
    /// The interop contract between MikeyNano.Native (the InternalCall declarations) and the firmware's glue
    /// (firmware/interop, generated from that assembly by the metadata processor). nanoCLR binds an assembly's
    /// InternalCalls to native code only when the assembly's native checksum equals the one compiled into the glue; a
    /// mismatch leaves every call unbound (NotSupportedException: the library silently goes managed and slow). This test
    /// computes the checksum the metadata processor gives the current declarations and fails when it differs from the
    /// one pinned in the glue, so a change to NativeCalls cannot land without regenerating firmware/interop.
    ///
    /// The checksum, as the metadata processor v3 computes it (facts from its NativeMethodsCrc, checked against its
    /// output for a sample assembly, 0x6F9E98A9): a CRC-32 (polynomial 0x04C11DB7, MSB first, no reflection, no final
    /// XOR) over, for each method without a body of each class in metadata order (virtual methods first, then instance,
    /// then static, each in declaration order), the assembly name, the class name (namespace and nesting joined by '_',
    /// dots replaced) and the method's name and signature ("Name___STATIC__RET__ARG1__ARG2", nanoCLR data type names,
    /// arrays as SZARRAY_T). A quirk: for the first such method the running value restarts from zero before each of
    /// the three strings, so only its method string counts.
    /// </summary>
    [TestClass]
    public class InteropChecksumTests
    {
        private static string GluePath => Path.Combine(Gate.GatePaths.RepoRoot, "firmware", "interop", "MikeyNano_Native.cpp");

        [TestMethod]
        public void TheSampleChecksumIsTheMetadataProcessors()
        {
            // The metadata processor's checksum of a two-method sample (class MikeyNano.Native.Probe: static int
            // Version(); static int Sum(byte[] data, int count)), read from the .pe it wrote: 0x6F9E98A9.
            uint crc = NativeChecksum("MikeyNano.Native", new[]
            {
                ("MikeyNano_Native_Probe", "Version___STATIC__I4"),
                ("MikeyNano_Native_Probe", "Sum___STATIC__I4__SZARRAY_U1__I4"),
            });
            Assert.AreEqual(0x6F9E98A9u, crc);
        }

        [TestMethod]
        public void NativeCallsMatchTheGlueTheFirmwareWasBuiltWith()
        {
            Assert.IsTrue(File.Exists(GluePath), "missing " + GluePath);
            Match m = Regex.Match(File.ReadAllText(GluePath), @"""MikeyNano\.Native"",\s*(0x[0-9A-Fa-f]{8})");
            Assert.IsTrue(m.Success, "no checksum for MikeyNano.Native in " + GluePath);
            uint pinned = Convert.ToUInt32(m.Groups[1].Value, 16);
            uint current = NativeChecksum("MikeyNano.Native", Methods(typeof(MikeyNano.Native.NativeCalls).Assembly));
            Assert.AreEqual(pinned.ToString("X8"), current.ToString("X8"),
                "MikeyNano.Native's InternalCalls changed: regenerate firmware/interop with the metadata processor (firmware/BUILD.md)");
        }

        /// <summary>The (class, method string) pairs of the assembly's methods without bodies, in the metadata
        /// processor's order.</summary>
        internal static IEnumerable<(string, string)> Methods(Assembly assembly)
        {
            foreach (Type t in assembly.GetTypes().OrderBy(t => t.MetadataToken))
            {
                if (!t.IsClass && !t.IsValueType) continue;
                var all = t.GetMethods(BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance)
                    .OrderBy(m => m.MetadataToken).ToList();
                var ordered = all.Where(m => m.IsVirtual)
                    .Concat(all.Where(m => !m.IsVirtual && !m.IsStatic))
                    .Concat(all.Where(m => m.IsStatic));
                foreach (MethodInfo m in ordered)
                {
                    if ((m.MethodImplementationFlags & MethodImplAttributes.InternalCall) == 0) continue;
                    string sig = string.Join("__", new[] { m.ReturnType }.Concat(m.GetParameters().Select(p => p.ParameterType)).Select(NanoTypeName));
                    yield return (ClassName(t), m.Name + (m.IsStatic ? "___STATIC__" : "___") + sig);
                }
            }
        }

        private static string ClassName(Type t) =>
            string.Join("_", new[] { t.DeclaringType is null ? "" : ClassName(t.DeclaringType), t.DeclaringType is null ? t.Namespace ?? "" : "", t.Name })
                .Replace(".", "_").TrimStart('_');

        private static string NanoTypeName(Type t)
        {
            if (t.IsArray) return "SZARRAY_" + NanoTypeName(t.GetElementType()!);
            if (t == typeof(void)) return "VOID";
            if (t == typeof(bool)) return "BOOLEAN";
            if (t == typeof(byte)) return "U1";
            if (t == typeof(sbyte)) return "I1";
            if (t == typeof(short)) return "I2";
            if (t == typeof(ushort)) return "U2";
            if (t == typeof(int)) return "I4";
            if (t == typeof(uint)) return "U4";
            if (t == typeof(long)) return "I8";
            if (t == typeof(ulong)) return "U8";
            throw new NotSupportedException("no nanoCLR type name here for " + t + " (extend NanoTypeName from the metadata processor's type table)");
        }

        internal static uint NativeChecksum(string assemblyName, IEnumerable<(string cls, string method)> methods)
        {
            uint crc = 0;
            int count = 0;
            foreach (var (cls, method) in methods)
            {
                uint Current() => count > 0 ? crc : 0;
                crc = Crc32(Encoding.ASCII.GetBytes(assemblyName), Current());
                crc = Crc32(Encoding.ASCII.GetBytes(cls), Current());
                crc = Crc32(Encoding.ASCII.GetBytes(method), Current());
                count++;
            }
            return count > 0 ? crc : 0;
        }

        private static uint Crc32(byte[] data, uint crc)
        {
            foreach (byte b in data)
            {
                uint t = (((crc >> 24) ^ b) & 0xFF) << 24;
                for (int i = 0; i < 8; i++) t = (t & 0x80000000) != 0 ? (t << 1) ^ 0x04C11DB7 : t << 1;
                crc = t ^ (crc << 8);
            }
            return crc;
        }
    }
}
