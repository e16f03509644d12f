#nullable enable
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace MikeyNano.HostTests.Build;

/// <summary>One method body of an assembly: its name, IL code size, exception clauses, and its proxy size.</summary>
public sealed record MethodIl(string Method, int IlBytes, int ExceptionClauses)
{
    /// <summary>IL code bytes plus the exception table as the metadata processor appends it to the method's byte
    /// code (12 bytes per clause and a 1-byte count).</summary>
    public int ProxyBytes => IlBytes + (ExceptionClauses == 0 ? 0 : 12 * ExceptionClauses + 1);
}

/// <summary>
/// A proxy for an assembly's nanoFramework byte code (the metadata processor's ByteCode table, at most 65,535 bytes),
/// read from the Roslyn build with System.Reflection.Metadata. Counted per method body: the IL code
/// (MethodBodyBlock.GetILBytes) and the exception clauses at the size the processor writes them (12 bytes each plus
/// a count byte, after the code). Not counted: the ECMA-335 method header (1 or 12 bytes, and the 4-byte alignment of
/// fat headers): the processor keeps locals, arguments and stack depth in its method table, not in the byte code.
/// The processor rewrites metadata tokens from 4 to 2 bytes, so its byte code is smaller than this sum: 0.73-0.87 of
/// it per assembly, up to 1.00 for a method of pure arithmetic, never more (calibration in docs/device-build.md).
/// </summary>
public static class ByteCodeProxy
{
    public static IReadOnlyList<MethodIl> Measure(byte[] image)
    {
        using var pe = new PEReader(ImmutableArray.Create(image));
        var md = pe.GetMetadataReader();
        var names = new ShortNames(md);
        var result = new List<MethodIl>();
        foreach (var th in md.TypeDefinitions)
            foreach (var mh in md.GetTypeDefinition(th).GetMethods())
            {
                var m = md.GetMethodDefinition(mh);
                if (m.RelativeVirtualAddress == 0) continue;
                var body = pe.GetMethodBody(m.RelativeVirtualAddress);
                result.Add(new MethodIl(names.Method(mh), body.GetILBytes()!.Length, body.ExceptionRegions.Length));
            }
        return result;
    }

    public static int Total(IEnumerable<MethodIl> methods) => methods.Sum(m => m.ProxyBytes);

    /// <summary>"Type::Method(param types)" with the short type names of the nanoFramework API lists.</summary>
    sealed class ShortNames : ISignatureTypeProvider<string, object?>
    {
        readonly MetadataReader md;
        public ShortNames(MetadataReader md) { this.md = md; }

        public string Method(MethodDefinitionHandle h)
        {
            var m = md.GetMethodDefinition(h);
            var ps = m.DecodeSignature(this, null).ParameterTypes;
            return $"{Type(m.GetDeclaringType(), full: true)}::{md.GetString(m.Name)}({string.Join(", ", ps)})";
        }

        string Type(TypeDefinitionHandle h, bool full)
        {
            var t = md.GetTypeDefinition(h);
            var decl = t.GetDeclaringType();
            if (!decl.IsNil) return Type(decl, full) + "." + md.GetString(t.Name);
            var ns = md.GetString(t.Namespace);
            return full && ns.Length > 0 ? ns + "." + md.GetString(t.Name) : md.GetString(t.Name);
        }

        public string GetPrimitiveType(PrimitiveTypeCode c) => Gate.SubsetGate.PrimitiveName(c);
        public string GetTypeFromDefinition(MetadataReader r, TypeDefinitionHandle h, byte kind) => Type(h, full: false);
        public string GetTypeFromReference(MetadataReader r, TypeReferenceHandle h, byte kind) => r.GetString(r.GetTypeReference(h).Name);
        public string GetTypeFromSpecification(MetadataReader r, object? c, TypeSpecificationHandle h, byte kind) =>
            r.GetTypeSpecification(h).DecodeSignature(this, c);
        public string GetSZArrayType(string e) => e + "[]";
        public string GetArrayType(string e, ArrayShape s) => e + "[" + new string(',', s.Rank - 1) + "]";
        public string GetPointerType(string e) => e + "*";
        public string GetByReferenceType(string e) => "ref " + e;
        public string GetPinnedType(string e) => e;
        public string GetGenericInstantiation(string g, ImmutableArray<string> a) => g + "<" + string.Join(", ", a) + ">";
        public string GetGenericTypeParameter(object? c, int i) => "!" + i;
        public string GetGenericMethodParameter(object? c, int i) => "!!" + i;
        public string GetFunctionPointerType(MethodSignature<string> s) => "delegate*";
        public string GetModifiedType(string modifier, string unmodified, bool isRequired) => unmodified;
    }
}
