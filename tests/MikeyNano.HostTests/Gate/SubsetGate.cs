#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace MikeyNano.HostTests.Gate;

/// <summary>One rule broken by the checked assembly: what (the offending API, type or opcode) and where (methods).</summary>
public sealed record GateViolation(string Rule, string What, IReadOnlyList<string> Where)
{
    public override string ToString()
    {
        var shown = Where.Count == 0 ? "(no use found: metadata row only)" : string.Join("; ", Where.Take(5));
        if (Where.Count > 5) shown += $"; (+{Where.Count - 5} more)";
        return $"[{Rule}] {What} in {shown}";
    }
}

/// <summary>The checker's result: violations, and every external API the assembly uses (allowlist notation).</summary>
public sealed class GateReport
{
    public List<GateViolation> Violations { get; } = new();
    /// <summary>Every referenced external type and member, in allowlist notation, with the places it is used.</summary>
    public SortedDictionary<string, List<string>> UsedApis { get; } = new(StringComparer.Ordinal);
    /// <summary>Octets the assembly's static initialisers allocate (arrays' elements, objects' headers and fields):
    /// what loading it costs on the device's heap, give or take the runtime's own bookkeeping.</summary>
    public int StaticInitOctets { get; set; }
    public override string ToString() => string.Join(Environment.NewLine, Violations);
}

/// <summary>
/// The nanoFramework 1.x subset gate: reads an assembly with System.Reflection.Metadata and reports
/// (a) referenced external types/members that are not in the allowlist, (b) generics of every kind,
/// (c) IL opcodes the 1.x interpreter does not run, (d) overflow-checked arithmetic (never throws on the device),
/// (e) the ways a U+0000 can be lost in a nanoFramework string (SubsetGate.Nul.cs), (f) static initialisers that do
/// more than hold literals (StaticInitRule.cs), (g) signed operations that nanoCLR runs as unsigned on a value it tags
/// unsigned (UnsignedTagAnalysis), plus pointers, multidimensional arrays, pinned/typed references and
/// System.Runtime.CompilerServices types the device lacks (e.g. DefaultInterpolatedStringHandler). See
/// docs/subset-gate.md.
/// </summary>
public static partial class SubsetGate
{
    /// <summary>
    /// Host-build artifacts: attributes the host toolchain writes that are not part of the device code, exempt ONLY
    /// when they appear as custom attributes (any use in IL or signatures is still checked against the allowlist).
    /// - TargetFrameworkAttribute: written by the .NET SDK (".NETCoreApp,Version=v10.0"); the nanoFramework build writes its own.
    /// - CompilationRelaxationsAttribute, RuntimeCompatibilityAttribute: Roslyn adds them to every assembly whose
    ///   corlib defines them; nanoFramework's mscorlib does not, so the device compiler omits them.
    /// - DebuggableAttribute (+ its DebuggingModes enum): Roslyn writes it from the build configuration, not from source.
    /// - AssemblyMetadataAttribute: written by the SDK (source link, repository url), not in nanoFramework's mscorlib.
    /// - CompilerGeneratedAttribute: Roslyn marks closures/auto-property backing fields with it only when the corlib
    ///   defines it; nanoFramework's mscorlib does not, so the device build has none.
    /// - RefSafetyRulesAttribute (on the module): Roslyn adds it when the corlib has RuntimeFeature.ByRefFields
    ///   (.NET 7+), even at LangVersion 9; nanoFramework's corlib has no such feature, so the device build has none.
    /// Assembly identity: the host build references System.Runtime (types forwarded to System.Private.CoreLib), the
    /// device build mscorlib; the gate therefore keys types by namespace and name only and ignores the resolution scope.
    /// </summary>
    public static readonly IReadOnlySet<string> HostArtifactAttributes = new HashSet<string>(StringComparer.Ordinal)
    {
        "System.Runtime.Versioning.TargetFrameworkAttribute",
        "System.Runtime.CompilerServices.CompilationRelaxationsAttribute",
        "System.Runtime.CompilerServices.RuntimeCompatibilityAttribute",
        "System.Diagnostics.DebuggableAttribute",
        "System.Diagnostics.DebuggableAttribute.DebuggingModes",
        "System.Reflection.AssemblyMetadataAttribute",
        "System.Runtime.CompilerServices.CompilerGeneratedAttribute",
        "System.Runtime.CompilerServices.RefSafetyRulesAttribute",
    };

    /// <summary>The System.Runtime.CompilerServices types nanoFramework 1.17 mscorlib has (mscorlib.txt); anything
    /// else from that namespace is rejected outright (interpolation handlers, IsVolatile, Unsafe, ...).</summary>
    public static readonly IReadOnlySet<string> DeviceCompilerServicesTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "AccessedThroughPropertyAttribute", "CallerArgumentExpressionAttribute", "CallerMemberNameAttribute",
        "ExcludeTypeAttribute", "ExtensionAttribute", "IndexerNameAttribute", "InternalsVisibleToAttribute",
        "IsExternalInit", "MethodCodeType", "MethodImplAttribute", "MethodImplOptions", "RuntimeFeature", "RuntimeHelpers",
    };

    /// <summary>Opcodes the nanoFramework 1.x interpreter does not run, with the C# that usually produces them.</summary>
    public static readonly IReadOnlyDictionary<string, string> ForbiddenOpcodes = new Dictionary<string, string>
    {
        ["localloc"] = "stackalloc", ["calli"] = "function pointer call", ["jmp"] = "jmp",
        ["cpblk"] = "Unsafe.CopyBlock / block copy", ["initblk"] = "Unsafe.InitBlock / block init",
        ["ckfinite"] = "finite check", ["arglist"] = "__arglist", ["mkrefany"] = "__makeref",
        ["refanytype"] = "__reftype", ["refanyval"] = "__refvalue",
    };

    static readonly OpCode[] OneByte = new OpCode[256], TwoByte = new OpCode[256];

    /// <summary>Reads one opcode (1 or 2 bytes); an unknown one has Size 0.</summary>
    internal static OpCode ReadOpCode(ref BlobReader il)
    {
        byte b = il.ReadByte();
        return b == 0xFE ? TwoByte[il.ReadByte()] : OneByte[b];
    }

    static SubsetGate()
    {
        foreach (var f in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var op = (OpCode)f.GetValue(null)!;
            ushort v = (ushort)op.Value;
            if (op.Size == 1) OneByte[v] = op; else TwoByte[v & 0xFF] = op;
        }
    }

    /// <summary>Checks one assembly. <paramref name="peers"/>: the other assemblies it calls or is called by, analysed
    /// with it for the unsigned-tag check (arguments and return values keep their tag across calls on nanoCLR).</summary>
    public static GateReport Check(string assemblyPath, ISet<string> allowlist, IEnumerable<string>? peers = null)
    {
        using var stream = File.OpenRead(assemblyPath);
        var streams = (peers ?? Enumerable.Empty<string>()).Where(p => Path.GetFullPath(p) != Path.GetFullPath(assemblyPath))
                                                           .Select(p => (Stream)File.OpenRead(p)).ToList();
        try { return Check(stream, allowlist, streams); }
        finally { foreach (var s in streams) s.Dispose(); }
    }

    public static GateReport Check(Stream assembly, ISet<string> allowlist, IReadOnlyList<Stream>? peers = null)
    {
        using var pe = new PEReader(assembly);
        var others = (peers ?? Array.Empty<Stream>()).Select(s => new PEReader(s, PEStreamOptions.LeaveOpen)).ToList();
        try { return new Walker(pe, allowlist, others).Run(); }
        finally { foreach (var o in others) o.Dispose(); }
    }

    sealed class Use { public readonly List<string> Code = new(); public bool Artifact; }

    sealed partial class Walker
    {
        readonly PEReader pe;
        readonly IReadOnlyList<PEReader> peers;
        readonly MetadataReader md;
        readonly ISet<string> allow;
        readonly GateReport report = new();
        readonly Dictionary<EntityHandle, Use> uses = new();
        readonly Dictionary<(string Rule, string What), SortedSet<string>> problems = new();
        readonly SigProvider sig, quiet;
        string where = "";
        internal string CurrentWhere => where;
        bool artifact;

        public Walker(PEReader pe, ISet<string> allow, IReadOnlyList<PEReader> peers)
        {
            this.pe = pe;
            this.peers = peers;
            md = pe.GetMetadataReader();
            this.allow = allow;
            sig = new SigProvider(this);
            quiet = new SigProvider(this, record: false);
        }

        public GateReport Run()
        {
            foreach (var th in md.TypeDefinitions) WalkType(th);
            CheckStaticInitBudget();
            foreach (var ca in md.CustomAttributes) WalkAttribute(ca);
            NulGuard.Constants(this);
            for (int i = 1; i <= md.GetTableRowCount(TableIndex.GenericParam); i++)
            {
                var p = md.GetGenericParameter(MetadataTokens.GenericParameterHandle(i));
                Problem("generic", "generic parameter " + md.GetString(p.Name), OwnerName(p.Parent));
            }
            for (int i = 1; i <= md.GetTableRowCount(TableIndex.MethodSpec); i++)
                UseHandle(MetadataTokens.MethodSpecificationHandle(i), "(MethodSpec table)");
            for (int i = 1; i <= md.GetTableRowCount(TableIndex.TypeSpec); i++)
                UseHandle(MetadataTokens.TypeSpecificationHandle(i), "(TypeSpec table)");
            Settle();
            CheckUnsignedTags();
            foreach (var ((rule, what), w) in problems)
                report.Violations.Add(new GateViolation(rule, what, w.Where(x => !x.StartsWith('(') || w.Count == 1).ToList()));
            report.Violations.Sort((a, b) => string.CompareOrdinal(a.ToString(), b.ToString()));
            return report;
        }

        /// <summary>(g) signed operations that nanoCLR runs as unsigned because the operand carries its unsigned tag.</summary>
        void CheckUnsignedTags()
        {
            var all = new List<PEReader> { pe };
            all.AddRange(peers);
            foreach (var f in UnsignedTagAnalysis.Run(all))
                if (f.Assembly == 0)
                    Problem("unsigned tag", f.What, $"{MethodName(f.Method)} at IL_{f.Offset:X4} (unsigned from {f.Origin})");
        }

        internal void Problem(string rule, string what, string at)
        {
            if (!problems.TryGetValue((rule, what), out var set)) problems[(rule, what)] = set = new(StringComparer.Ordinal);
            set.Add(at);
        }

        internal void Problem(string rule, string what) => Problem(rule, what, where);

        // ---- definitions -------------------------------------------------------------------------------------------

        void WalkType(TypeDefinitionHandle th)
        {
            var t = md.GetTypeDefinition(th);
            string typeName = DefName(th);
            where = typeName;
            artifact = false;
            if (t.GetGenericParameters().Count > 0) Problem("generic", "generic type definition " + typeName);
            if (!t.BaseType.IsNil) { where = "base type of " + typeName; UseHandle(t.BaseType, where); }
            foreach (var ih in t.GetInterfaceImplementations())
                UseHandle(md.GetInterfaceImplementation(ih).Interface, "interfaces of " + typeName);
            foreach (var fh in t.GetFields())
            {
                var f = md.GetFieldDefinition(fh);
                where = typeName + "::" + md.GetString(f.Name);
                f.DecodeSignature(sig, null);
            }
            foreach (var mh in t.GetMethods()) WalkMethod(mh, typeName);
        }

        void WalkMethod(MethodDefinitionHandle mh, string typeName)
        {
            var m = md.GetMethodDefinition(mh);
            where = MethodName(mh);
            artifact = false;
            if (m.GetGenericParameters().Count > 0) Problem("generic", "generic method definition " + where);
            var s = m.DecodeSignature(sig, null);
            if (s.Header.CallingConvention == SignatureCallingConvention.VarArgs) Problem("forbidden", "varargs method");
            if ((m.ImplAttributes & MethodImplAttributes.CodeTypeMask) == MethodImplAttributes.Native ||
                (m.Attributes & MethodAttributes.PinvokeImpl) != 0)
                Problem("forbidden", "P/Invoke or native method");
            if (m.RelativeVirtualAddress == 0) return;
            var body = pe.GetMethodBody(m.RelativeVirtualAddress);
            if (md.GetString(m.Name) == ".cctor") CheckStaticInitialiser(mh, body);
            if (!body.LocalSignature.IsNil)
                md.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(sig, null);
            WalkIL(body.GetILReader());
        }

        void WalkIL(BlobReader il)
        {
            string previous = "";
            EntityHandle previousOperand = default;
            while (il.RemainingBytes > 0)
            {
                int offset = il.Offset;
                OpCode op = ReadOpCode(ref il);
                if (op.Size == 0) { il.Offset = offset; Problem("bad IL", $"unknown opcode 0x{il.ReadByte():X2} at IL_{offset:X4}"); return; }
                string name = op.Name!;
                if (ForbiddenOpcodes.TryGetValue(name, out var why)) Problem("forbidden opcode", $"{name} ({why})");
                if (name.Contains(".ovf")) Problem("checked arithmetic", $"{name} (checked/overflow-checked arithmetic never throws on the device)");
                switch (op.OperandType)
                {
                    case OperandType.InlineNone: break;
                    case OperandType.ShortInlineBrTarget: case OperandType.ShortInlineI: case OperandType.ShortInlineVar:
                        il.Offset += 1; break;
                    case OperandType.InlineVar: il.Offset += 2; break;
                    case OperandType.InlineI8: case OperandType.InlineR: il.Offset += 8; break;
                    case OperandType.InlineSwitch: il.Offset += 4 * il.ReadInt32(); break;
                    case OperandType.InlineString:
                        NulGuard.Literal(this, md.GetUserString(MetadataTokens.UserStringHandle(il.ReadInt32() & 0xFFFFFF))); break;
                    case OperandType.InlineField: case OperandType.InlineMethod: case OperandType.InlineTok:
                    case OperandType.InlineType: case OperandType.InlineSig:
                        var operand = MetadataTokens.EntityHandle(il.ReadInt32());
                        UseHandle(operand, where);
                        NulGuard.Instruction(this, name, operand, previous, previousOperand);
                        previous = name; previousOperand = operand;
                        continue;
                    default: il.Offset += 4; break; // InlineBrTarget, InlineI, ShortInlineR
                }
                previous = name; previousOperand = default;
            }
        }

        void WalkAttribute(CustomAttributeHandle ch)
        {
            var ca = md.GetCustomAttribute(ch);
            where = "attribute on " + OwnerName(ca.Parent);
            string attrType = ca.Constructor.Kind == HandleKind.MemberReference
                ? TypeFullName(md.GetMemberReference((MemberReferenceHandle)ca.Constructor).Parent) : "";
            artifact = HostArtifactAttributes.Contains(attrType);
            UseHandle(ca.Constructor, where);
            artifact = false;
        }

        // ---- references ----------------------------------------------------------------------------------------

        internal void UseHandle(EntityHandle h, string at)
        {
            string saved = where;
            where = at;
            switch (h.Kind)
            {
                case HandleKind.TypeReference:
                    Record(h);
                    var tr = md.GetTypeReference((TypeReferenceHandle)h);
                    if (tr.ResolutionScope.Kind == HandleKind.TypeReference) Record(tr.ResolutionScope);
                    break;
                case HandleKind.TypeSpecification:
                    md.GetTypeSpecification((TypeSpecificationHandle)h).DecodeSignature(sig, null);
                    break;
                case HandleKind.MemberReference:
                    var mr = md.GetMemberReference((MemberReferenceHandle)h);
                    if (mr.Parent.Kind == HandleKind.TypeReference || mr.Parent.Kind == HandleKind.TypeSpecification) UseHandle(mr.Parent, at);
                    else if (mr.Parent.Kind == HandleKind.MethodDefinition) Problem("forbidden", "varargs call " + md.GetString(mr.Name));
                    Record(h);
                    DecodeMember(mr, sig);
                    break;
                case HandleKind.MethodSpecification:
                    var ms = md.GetMethodSpecification((MethodSpecificationHandle)h);
                    var args = ms.DecodeSignature(sig, null);
                    UseHandle(ms.Method, at);
                    Problem("generic", $"generic method instantiation {MemberTarget(ms.Method)}<{string.Join(", ", args)}>");
                    break;
                case HandleKind.StandaloneSignature:
                    md.GetStandaloneSignature((StandaloneSignatureHandle)h).DecodeMethodSignature(sig, null);
                    break;
            }
            where = saved;
        }

        void Record(EntityHandle h)
        {
            if (!uses.TryGetValue(h, out var u)) uses[h] = u = new Use();
            if (artifact) u.Artifact = true; else u.Code.Add(where);
        }

        /// <summary>Member key in allowlist notation, e.g. <c>System.Array::Copy(Array, int, Array, int, int) : void</c>,
        /// <c>System.Exception::Message : string [property get]</c>, <c>System.String::Empty : string [field]</c>.</summary>
        internal string MemberKey(MemberReferenceHandle h) => DecodeMember(md.GetMemberReference(h), quiet);

        string DecodeMember(MemberReference mr, SigProvider sig)
        {
            string type = TypeFullName(mr.Parent);
            string name = md.GetString(mr.Name);
            if (mr.GetKind() == MemberReferenceKind.Field)
                return $"{type}::{name} : {mr.DecodeFieldSignature(sig, null)} [field]";
            var s = mr.DecodeMethodSignature(sig, null);
            var ps = string.Join(", ", s.ParameterTypes);
            if (name.StartsWith("get_", StringComparison.Ordinal))
                return s.ParameterTypes.Length == 0 ? $"{type}::{name[4..]} : {s.ReturnType} [property get]"
                                                    : $"{type}::this[{ps}] : {s.ReturnType} [indexer get]";
            if (name.StartsWith("set_", StringComparison.Ordinal) && s.ReturnType == "void" && s.ParameterTypes.Length >= 1)
            {
                var value = s.ParameterTypes[^1];
                return s.ParameterTypes.Length == 1 ? $"{type}::{name[4..]} : {value} [property set]"
                    : $"{type}::this[{string.Join(", ", s.ParameterTypes.Take(s.ParameterTypes.Length - 1))}] : {value} [indexer set]";
            }
            return $"{type}::{name}({ps}) : {s.ReturnType}";
        }

        /// <summary>Every TypeRef and MemberRef row is judged, used or not; uses found by the walk give the places.</summary>
        void Settle()
        {
            bool saved = artifact;
            artifact = false;
            foreach (var h in md.TypeReferences)
            {
                if (IsOwnAssembly(h)) continue;
                string name = TypeFullName(h);
                Judge(h, name, name.Contains('`'));
            }
            foreach (var h in md.MemberReferences)
            {
                var mr = md.GetMemberReference(h);
                if (mr.Parent.Kind != HandleKind.TypeReference) continue; // TypeSpec parents: reported as generic; own members: fine
                if (IsOwnAssembly((TypeReferenceHandle)mr.Parent)) continue;
                where = "(MemberRef table)";
                Judge(h, DecodeMember(mr, quiet), false);
            }
            artifact = saved;
        }

        /// <summary>True for a type of another MikeyNano device assembly (MikeyNano, MikeyNano.*): gated on its own, so
        /// a reference to it is ours, not a nanoFramework API.</summary>
        bool IsOwnAssembly(TypeReferenceHandle h)
        {
            var tr = md.GetTypeReference(h);
            while (tr.ResolutionScope.Kind == HandleKind.TypeReference) tr = md.GetTypeReference((TypeReferenceHandle)tr.ResolutionScope);
            if (tr.ResolutionScope.Kind != HandleKind.AssemblyReference) return false;
            string name = md.GetString(md.GetAssemblyReference((AssemblyReferenceHandle)tr.ResolutionScope).Name);
            return DeviceAssemblies.IsDeviceAssembly(name);
        }

        void Judge(EntityHandle h, string key, bool generic)
        {
            uses.TryGetValue(h, out var u);
            var places = u?.Code.Distinct().ToList() ?? new List<string>();
            if (u != null && u.Artifact && places.Count == 0 && IsArtifactKey(key)) return;
            if (generic) return; // generic TypeRefs only occur inside GenericInst, reported there with their arguments
            report.UsedApis[key] = places;
            foreach (var p in places.DefaultIfEmpty("(metadata only)"))
            {
                if (!allow.Contains(key)) Problem("not in allowlist", key + Hint(key), p);
                string type = key.Split("::")[0];
                if (type.StartsWith("System.Runtime.CompilerServices.", StringComparison.Ordinal) &&
                    !DeviceCompilerServicesTypes.Contains(type["System.Runtime.CompilerServices.".Length..].Split('.')[0]))
                    Problem("not on device", type + (type.EndsWith("InterpolatedStringHandler") ? " (string interpolation handler)" : "")
                                              + " (System.Runtime.CompilerServices type nanoFramework 1.x lacks)", p);
            }
        }

        /// <summary>Explains violations whose cause is not visible in the source.</summary>
        static string Hint(string key) =>
            key.Contains("ReadOnlySpan<char>", StringComparison.Ordinal) && key.StartsWith("System.String::", StringComparison.Ordinal)
                ? " (the host compiler lowers `string + char` to Span-based String.Concat: write the character as a string constant, or make it a string with CheckedString.FromChars, so both builds call Concat(string, ...))"
                : "";

        static bool IsArtifactKey(string key) => HostArtifactAttributes.Contains(key.Split("::")[0]);

        // ---- names -------------------------------------------------------------------------------------------------

        internal string TypeFullName(EntityHandle h)
        {
            switch (h.Kind)
            {
                case HandleKind.TypeReference:
                    var tr = md.GetTypeReference((TypeReferenceHandle)h);
                    string n = md.GetString(tr.Name);
                    if (tr.ResolutionScope.Kind == HandleKind.TypeReference) return TypeFullName(tr.ResolutionScope) + "." + n;
                    var ns = md.GetString(tr.Namespace);
                    return ns.Length == 0 ? n : ns + "." + n;
                case HandleKind.TypeDefinition: return DefName((TypeDefinitionHandle)h);
                case HandleKind.TypeSpecification:
                    bool a = artifact; string w = where;
                    var s = md.GetTypeSpecification((TypeSpecificationHandle)h).DecodeSignature(sig, null);
                    artifact = a; where = w;
                    return s;
                default: return h.Kind.ToString();
            }
        }

        internal string ShortName(TypeReferenceHandle h)
        {
            var tr = md.GetTypeReference(h);
            string n = StripArity(md.GetString(tr.Name));
            return tr.ResolutionScope.Kind == HandleKind.TypeReference ? ShortName((TypeReferenceHandle)tr.ResolutionScope) + "." + n : n;
        }

        internal string ShortDefName(TypeDefinitionHandle h)
        {
            var t = md.GetTypeDefinition(h);
            string n = StripArity(md.GetString(t.Name));
            var decl = t.GetDeclaringType();
            return decl.IsNil ? n : ShortDefName(decl) + "." + n;
        }

        static string StripArity(string n) { int i = n.IndexOf('`'); return i < 0 ? n : n[..i]; }

        string DefName(TypeDefinitionHandle h)
        {
            var t = md.GetTypeDefinition(h);
            var decl = t.GetDeclaringType();
            if (!decl.IsNil) return DefName(decl) + "." + md.GetString(t.Name);
            var ns = md.GetString(t.Namespace);
            return ns.Length == 0 ? md.GetString(t.Name) : ns + "." + md.GetString(t.Name);
        }

        string MethodName(MethodDefinitionHandle mh)
        {
            var m = md.GetMethodDefinition(mh);
            var ps = m.DecodeSignature(quiet, null).ParameterTypes;
            return $"{DefName(m.GetDeclaringType())}::{md.GetString(m.Name)}({string.Join(", ", ps)})";
        }

        string MemberTarget(EntityHandle h) => h.Kind switch
        {
            HandleKind.MethodDefinition => MethodName((MethodDefinitionHandle)h),
            HandleKind.MemberReference => TypeFullName(md.GetMemberReference((MemberReferenceHandle)h).Parent) + "::" +
                                          md.GetString(md.GetMemberReference((MemberReferenceHandle)h).Name),
            _ => h.Kind.ToString(),
        };

        internal string OwnerName(EntityHandle h) => h.Kind switch
        {
            HandleKind.AssemblyDefinition => "assembly",
            HandleKind.ModuleDefinition => "module",
            HandleKind.TypeDefinition => DefName((TypeDefinitionHandle)h),
            HandleKind.MethodDefinition => MethodName((MethodDefinitionHandle)h),
            HandleKind.FieldDefinition => DefName(md.GetFieldDefinition((FieldDefinitionHandle)h).GetDeclaringType()) + "::" +
                                          md.GetString(md.GetFieldDefinition((FieldDefinitionHandle)h).Name),
            HandleKind.PropertyDefinition => "property " + md.GetString(md.GetPropertyDefinition((PropertyDefinitionHandle)h).Name),
            HandleKind.Parameter => "parameter " + md.GetString(md.GetParameter((ParameterHandle)h).Name),
            _ => h.Kind.ToString(),
        };

        internal MetadataReader Md => md;
    }

    /// <summary>A primitive type as the nanoFramework API lists name it (C# keywords: int, byte, string, ...).</summary>
    public static string PrimitiveName(PrimitiveTypeCode c) => c switch
    {
        PrimitiveTypeCode.Boolean => "bool", PrimitiveTypeCode.Char => "char", PrimitiveTypeCode.SByte => "sbyte",
        PrimitiveTypeCode.Byte => "byte", PrimitiveTypeCode.Int16 => "short", PrimitiveTypeCode.UInt16 => "ushort",
        PrimitiveTypeCode.Int32 => "int", PrimitiveTypeCode.UInt32 => "uint", PrimitiveTypeCode.Int64 => "long",
        PrimitiveTypeCode.UInt64 => "ulong", PrimitiveTypeCode.Single => "float", PrimitiveTypeCode.Double => "double",
        PrimitiveTypeCode.String => "string", PrimitiveTypeCode.Object => "object", PrimitiveTypeCode.Void => "void",
        _ => c.ToString(),   // IntPtr, UIntPtr, TypedReference
    };

    /// <summary>Decodes signatures into the short type names the nanoFramework API files use (int, byte[], string,
    /// Exception, DebuggableAttribute.DebuggingModes), recording each external type use and each forbidden shape.</summary>
    sealed class SigProvider : ISignatureTypeProvider<string, object?>
    {
        readonly Walker w;
        readonly bool record;
        public SigProvider(Walker w, bool record = true) { this.w = w; this.record = record; }

        void Bad(string rule, string what) { if (record) w.Problem(rule, what); }

        public string GetPrimitiveType(PrimitiveTypeCode c) =>
            c == PrimitiveTypeCode.TypedReference ? TypedRef() : PrimitiveName(c);

        string TypedRef() { Bad("forbidden", "TypedReference"); return "TypedReference"; }

        public string GetTypeFromDefinition(MetadataReader r, TypeDefinitionHandle h, byte kind) => w.ShortDefName(h);

        public string GetTypeFromReference(MetadataReader r, TypeReferenceHandle h, byte kind)
        {
            if (record) w.UseHandle(h, WhereNow);
            return w.ShortName(h);
        }

        public string GetTypeFromSpecification(MetadataReader r, object? ctx, TypeSpecificationHandle h, byte kind) =>
            r.GetTypeSpecification(h).DecodeSignature(this, ctx);

        public string GetSZArrayType(string e) => e + "[]";

        public string GetArrayType(string e, ArrayShape shape)
        {
            var s = e + "[" + new string(',', shape.Rank - 1) + "]";
            Bad("forbidden", "multidimensional array " + s + " (use jagged arrays)");
            return s;
        }

        public string GetPointerType(string e) { Bad("forbidden", "pointer type " + e + "* (unsafe code)"); return e + "*"; }
        public string GetByReferenceType(string e) => "ref " + e;
        public string GetPinnedType(string e) { Bad("forbidden", "pinned local " + e + " (fixed statement)"); return e; }

        public string GetGenericInstantiation(string g, ImmutableArray<string> args)
        {
            var s = g + "<" + string.Join(", ", args) + ">";
            Bad("generic", "generic instantiation " + s);
            return s;
        }

        public string GetGenericTypeParameter(object? ctx, int i) { Bad("generic", "generic type parameter !" + i); return "!" + i; }
        public string GetGenericMethodParameter(object? ctx, int i) { Bad("generic", "generic method parameter !!" + i); return "!!" + i; }

        public string GetFunctionPointerType(MethodSignature<string> s)
        {
            Bad("forbidden", "function pointer type (unsafe code)");
            return "delegate*";
        }

        public string GetModifiedType(string modifier, string unmodified, bool isRequired) => unmodified;

        string WhereNow => w.CurrentWhere;
    }
}
