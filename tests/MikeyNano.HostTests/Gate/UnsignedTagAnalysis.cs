#nullable enable
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace MikeyNano.HostTests.Gate;

/// <summary>One signed IL operation whose operand may carry nanoCLR's unsigned tag: the assembly (index in the analysed
/// list), the method, the IL offset, what goes wrong and where the tag came from.</summary>
public sealed record TagFinding(int Assembly, MethodDefinitionHandle Method, int Offset, string What, string Origin);

/// <summary>
/// Finds the signed IL operations that nanoCLR runs as unsigned: an abstract interpretation of every method's evaluation
/// stack that tracks, per slot, whether the interpreter may have tagged the value DATATYPE_U4/U8 (docs/subset-gate.md,
/// "Unsigned-tagged values"). What the interpreter does (nf-interpreter src/CLR/Core):
/// - a value keeps a data type on the evaluation stack; conv.u4/conv.u8 set U4/U8, conv.i*/conv.u1/u2 set I4/I8
///   (Interpreter.cpp CEE_CONV_*, Convert_Internal: ChangeDataType(et)); ldlen pushes the array length as U4
///   (SetInteger(CLR_UINT32)); ldc.* push I4/I8;
/// - add, sub, mul, div, rem, and, or, xor, shl, shr, shr.un, neg, not keep the data type of the first operand
///   (CLR_RT_HeapBlock::NumericAdd ... switch on this->DataType(); and/or/xor/not only change the bits);
/// - shr is a logical shift of a U4/U8 value (NumericShr: case DATATYPE_U8: u8 &gt;&gt;= n), rem an unsigned remainder
///   (NumericRem), conv.i8 of a U4 value zero-extends and conv.r4/r8 of an unsigned value converts it as unsigned
///   (Convert_Internal: sign extension only when source and target are both signed);
/// - stloc retags the value with the local's declared type (AssignPreserveTypeCheckPinned -> AssignAndPreserveType keeps
///   the local's data type, set from the local signature by InitializeLocals); stfld/stsfld likewise (fields are
///   initialised from their signature by InitializeReference), and array elements load with the array's element type
///   (LoadFromReference, ARRAY_BYREF: m_typeOfElement). Optimised Roslyn code often keeps a C# local on the stack
///   (dup ... stloc), so a local in the source is no retagging point unless its IL has the stloc/ldloc;
/// - arguments and return values are NOT retagged: a callee's arguments are the caller's evaluation stack slots
///   (CLR_RT_StackFrame::Push: m_arguments = &amp;caller->m_evalStackPos[-numArgs]), starg keeps the slot's type, and the
///   return value is copied with its tag (CLR_RT_StackFrame::Pop: PushValueAndAssign(TopValue())). The analysis is
///   therefore interprocedural over the analysed assemblies (a fixpoint over argument and return tags);
/// - stind (and a callee writing through a ref) copies the tag into the target (StoreToReference: obj->Assign), so
///   locals, arguments and fields whose address is taken, and every ldind/ldobj, are treated as possibly unsigned.
/// Parameters of methods that code outside the analysed assemblies may call (visible outside, virtual, or whose address
/// is taken by ldftn) are possibly unsigned: their callers are not seen.
/// </summary>
public static partial class UnsignedTagAnalysis
{
    /// <summary>The analysis of the given assemblies together (calls between them are followed).</summary>
    public static List<TagFinding> Run(IReadOnlyList<PEReader> assemblies) => new Program(assemblies).Run();

    /// <summary>One evaluation stack slot: integer width in bytes (4, 8; 0 for references, floats and unknown), whether it
    /// may carry the unsigned tag, its static type when known (arrays and references: "ulong[]", "ref long"), the first
    /// place found that gave it the unsigned tag (for the message; not part of the lattice), and whether it is known
    /// not to be negative as a signed value (an array length, a zero-extended 32-bit value, a shift or mask of one),
    /// where the tag changes nothing.</summary>
    readonly record struct Slot(byte Width, bool Unsigned, string? Type, string? Origin, bool NonNegative = false)
    {
        public bool SameAs(Slot o) => Width == o.Width && Unsigned == o.Unsigned && Type == o.Type && NonNegative == o.NonNegative;

        public Slot Join(Slot o) => new(Width == o.Width ? Width : Math.Max(Width, o.Width), Unsigned || o.Unsigned,
                                        Type == o.Type ? Type : null, Unsigned ? Origin : o.Origin, NonNegative && o.NonNegative);

        /// <summary>May be an unsigned-tagged negative value: the case where a signed operation goes wrong.</summary>
        public bool Hazard => Unsigned && !NonNegative;

        public static readonly Slot Int32 = new(4, false, "int", null), Int64 = new(8, false, "long", null),
                                    Other = new(0, false, null, null);
    }

    /// <summary>Width and unsigned tag that nanoCLR gives a value loaded from storage of this declared type (small types
    /// are promoted to I4 on load: Execute_LoadAndPromote).</summary>
    static Slot OfType(string? type, string origin) => type switch
    {
        "bool" or "char" or "sbyte" or "byte" or "short" or "ushort" or "int" or "IntPtr" => new(4, false, type, null),
        "uint" or "UIntPtr" => new(4, true, type, origin),
        "long" => new(8, false, type, null),
        "ulong" => new(8, true, type, origin),
        _ => new(0, false, type, null),
    };

    static Slot Tagged(Slot s, string origin) => s.Width == 0 || s.Unsigned ? s : s with { Unsigned = true, Origin = origin };

    sealed class Method
    {
        public required int Asm;
        public required MethodDefinitionHandle Handle;
        public required string[] Params; // including 'this' first for instance methods
        public required string Return;
        public required bool IsVirtual;
        public required string GroupKey; // name and signature, for virtual dispatch
        public required int Rva;
        public bool[] ParamUnsigned = Array.Empty<bool>();
        public string?[] ParamOrigin = Array.Empty<string?>();
        public bool ReturnUnsigned;
        public string? ReturnOrigin;
        public string Name = "";
    }

    sealed partial class Program
    {
        readonly IReadOnlyList<PEReader> pes;
        readonly MetadataReader[] mds;
        readonly TypeNames names;
        readonly Dictionary<(int, MethodDefinitionHandle), Method> methods = new();
        readonly Dictionary<string, List<Method>> byKey = new(StringComparer.Ordinal); // "Type::Name(sig) : ret"
        readonly Dictionary<string, List<Method>> virtualGroups = new(StringComparer.Ordinal);
        readonly Dictionary<string, (int Asm, TypeDefinitionHandle Type)> typesByName = new(StringComparer.Ordinal);
        readonly HashSet<string> addressedFields = new(StringComparer.Ordinal); // "Type::name"
        bool changed;

        public Program(IReadOnlyList<PEReader> pes)
        {
            this.pes = pes;
            mds = pes.Select(p => p.GetMetadataReader()).ToArray();
            names = new TypeNames(this);
            for (int a = 0; a < mds.Length; a++)
                foreach (var th in mds[a].TypeDefinitions) typesByName.TryAdd(FullName(mds[a], th), (a, th));
        }

        public List<TagFinding> Run()
        {
            for (int a = 0; a < mds.Length; a++)
                foreach (var th in mds[a].TypeDefinitions)
                    foreach (var mh in mds[a].GetTypeDefinition(th).GetMethods()) Register(a, th, mh);
            Prescan();
            do
            {
                changed = false;
                foreach (var m in methods.Values) Analyse(m, null);
            } while (changed);
            var findings = new List<TagFinding>();
            foreach (var m in methods.Values) Analyse(m, findings);
            return findings;
        }

        // ---- methods, names, signatures ---------------------------------------------------------------------------

        internal static string FullName(MetadataReader md, TypeDefinitionHandle h)
        {
            var t = md.GetTypeDefinition(h);
            var decl = t.GetDeclaringType();
            if (!decl.IsNil) return FullName(md, decl) + "." + md.GetString(t.Name);
            var ns = md.GetString(t.Namespace);
            return ns.Length == 0 ? md.GetString(t.Name) : ns + "." + md.GetString(t.Name);
        }

        internal static string FullName(MetadataReader md, TypeReferenceHandle h)
        {
            var tr = md.GetTypeReference(h);
            if (tr.ResolutionScope.Kind == HandleKind.TypeReference)
                return FullName(md, (TypeReferenceHandle)tr.ResolutionScope) + "." + md.GetString(tr.Name);
            var ns = md.GetString(tr.Namespace);
            return ns.Length == 0 ? md.GetString(tr.Name) : ns + "." + md.GetString(tr.Name);
        }

        /// <summary>The underlying integer type of an enum defined in an analysed assembly, else null.</summary>
        internal string? EnumUnderlying(string fullName)
        {
            if (!typesByName.TryGetValue(fullName, out var t)) return null;
            var md = mds[t.Asm];
            var def = md.GetTypeDefinition(t.Type);
            if (def.BaseType.IsNil || def.BaseType.Kind != HandleKind.TypeReference ||
                FullName(md, (TypeReferenceHandle)def.BaseType) != "System.Enum") return null;
            foreach (var fh in def.GetFields())
            {
                var f = md.GetFieldDefinition(fh);
                if ((f.Attributes & FieldAttributes.Static) == 0) return f.DecodeSignature(names, null);
            }
            return null;
        }

        static bool VisibleOutside(MetadataReader md, TypeDefinitionHandle th)
        {
            var t = md.GetTypeDefinition(th);
            var vis = t.Attributes & TypeAttributes.VisibilityMask;
            if (t.GetDeclaringType().IsNil) return vis == TypeAttributes.Public;
            return (vis == TypeAttributes.NestedPublic || vis == TypeAttributes.NestedFamily || vis == TypeAttributes.NestedFamORAssem)
                   && VisibleOutside(md, t.GetDeclaringType());
        }

        void Register(int a, TypeDefinitionHandle th, MethodDefinitionHandle mh)
        {
            var md = mds[a];
            var def = md.GetMethodDefinition(mh);
            var sig = def.DecodeSignature(names, null);
            var ps = new List<string>();
            if (sig.Header.IsInstance) ps.Add(FullName(md, th));
            ps.AddRange(sig.ParameterTypes);
            string name = md.GetString(def.Name);
            string group = $"{name}({string.Join(", ", sig.ParameterTypes)}) : {sig.ReturnType}";
            var m = new Method
            {
                Asm = a, Handle = mh, Params = ps.ToArray(), Return = sig.ReturnType, Rva = def.RelativeVirtualAddress,
                IsVirtual = (def.Attributes & MethodAttributes.Virtual) != 0, GroupKey = group,
                Name = FullName(md, th) + "::" + name,
            };
            m.ParamUnsigned = new bool[ps.Count];
            m.ParamOrigin = new string?[ps.Count];
            var access = def.Attributes & MethodAttributes.MemberAccessMask;
            bool outside = (access == MethodAttributes.Public || access == MethodAttributes.Family ||
                            access == MethodAttributes.FamORAssem) && VisibleOutside(md, th);
            if (outside || m.IsVirtual) OpenParameters(m, outside ? "callers outside the analysed assemblies" : "virtual dispatch");
            if (m.Rva == 0) { m.ReturnUnsigned = OfType(m.Return, "").Unsigned; m.ReturnOrigin = "declared return type of " + m.Name; }
            methods[(a, mh)] = m;
            Add(byKey, FullName(md, th) + "::" + group, m);
            if (m.IsVirtual) Add(virtualGroups, group, m);
        }

        static void Add(Dictionary<string, List<Method>> d, string key, Method m)
        {
            if (!d.TryGetValue(key, out var l)) d[key] = l = new List<Method>();
            l.Add(m);
        }

        static void OpenParameters(Method m, string why)
        {
            for (int i = 0; i < m.Params.Length; i++)
                if (OfType(m.Params[i], "").Width > 0 && !m.ParamUnsigned[i])
                {
                    m.ParamUnsigned[i] = true;
                    m.ParamOrigin[i] = $"parameter {i} of {m.Name} ({why} may pass an unsigned-tagged value)";
                }
        }

        /// <summary>The analysed methods a call token reaches (virtual calls: every virtual method with that name and
        /// signature), and the callee's declared signature.</summary>
        (List<Method> Targets, string[] Params, string Return, string Name) Resolve(int a, EntityHandle token)
        {
            var md = mds[a];
            var targets = new List<Method>();
            if (token.Kind == HandleKind.MethodDefinition)
            {
                var m = methods[(a, (MethodDefinitionHandle)token)];
                targets.Add(m);
                if (m.IsVirtual) targets.AddRange(virtualGroups[m.GroupKey].Where(v => v != m));
                return (targets, m.Params, m.Return, m.Name);
            }
            if (token.Kind == HandleKind.MemberReference)
            {
                var mr = md.GetMemberReference((MemberReferenceHandle)token);
                var sig = mr.DecodeMethodSignature(names, null);
                string type = mr.Parent.Kind == HandleKind.TypeReference ? FullName(md, (TypeReferenceHandle)mr.Parent)
                            : mr.Parent.Kind == HandleKind.TypeDefinition ? FullName(md, (TypeDefinitionHandle)mr.Parent) : "?";
                string group = $"{md.GetString(mr.Name)}({string.Join(", ", sig.ParameterTypes)}) : {sig.ReturnType}";
                var ps = new List<string>();
                if (sig.Header.IsInstance) ps.Add(type);
                ps.AddRange(sig.ParameterTypes);
                if (byKey.TryGetValue(type + "::" + group, out var found))
                {
                    targets.AddRange(found);
                    foreach (var m in found.Where(m => m.IsVirtual).ToList())
                        targets.AddRange(virtualGroups[m.GroupKey].Where(v => !targets.Contains(v)));
                }
                else if (virtualGroups.TryGetValue(group, out var overrides)) // a framework method we may override
                    targets.AddRange(overrides);
                return (targets, ps.ToArray(), sig.ReturnType, type + "::" + md.GetString(mr.Name));
            }
            if (token.Kind == HandleKind.MethodSpecification) // generics: rejected by the gate; modelled as opaque
                return Resolve(a, md.GetMethodSpecification((MethodSpecificationHandle)token).Method);
            return (targets, Array.Empty<string>(), "void", "?");
        }

        string FieldKey(int a, EntityHandle token, out string type)
        {
            var md = mds[a];
            if (token.Kind == HandleKind.FieldDefinition)
            {
                var f = md.GetFieldDefinition((FieldDefinitionHandle)token);
                type = f.DecodeSignature(names, null);
                return FullName(md, f.GetDeclaringType()) + "::" + md.GetString(f.Name);
            }
            var mr = md.GetMemberReference((MemberReferenceHandle)token);
            type = mr.DecodeFieldSignature(names, null);
            string owner = mr.Parent.Kind == HandleKind.TypeReference ? FullName(md, (TypeReferenceHandle)mr.Parent) : "?";
            return owner + "::" + md.GetString(mr.Name);
        }

        string TokenType(int a, EntityHandle token) => token.Kind switch
        {
            HandleKind.TypeDefinition => names.GetTypeFromDefinition(mds[a], (TypeDefinitionHandle)token, 0),
            HandleKind.TypeReference => names.GetTypeFromReference(mds[a], (TypeReferenceHandle)token, 0),
            HandleKind.TypeSpecification => mds[a].GetTypeSpecification((TypeSpecificationHandle)token).DecodeSignature(names, null),
            _ => "?",
        };

        // ---- IL -----------------------------------------------------------------------------------------------------

        readonly record struct Instr(int Offset, OpCode Op, long Operand, int[] Targets, int Next);

        static List<Instr> Decode(BlobReader il)
        {
            var list = new List<Instr>();
            while (il.RemainingBytes > 0)
            {
                int offset = il.Offset;
                OpCode op = SubsetGate.ReadOpCode(ref il);
                long operand = 0;
                int[] targets = Array.Empty<int>();
                switch (op.OperandType)
                {
                    case OperandType.InlineNone: break;
                    case OperandType.ShortInlineBrTarget: { int d = il.ReadSByte(); targets = new[] { il.Offset + d }; break; }
                    case OperandType.InlineBrTarget: { int d = il.ReadInt32(); targets = new[] { il.Offset + d }; break; }
                    case OperandType.ShortInlineI: operand = op == OpCodes.Ldc_I4_S ? il.ReadSByte() : il.ReadByte(); break;
                    case OperandType.ShortInlineVar: operand = il.ReadByte(); break;
                    case OperandType.InlineVar: operand = il.ReadUInt16(); break;
                    case OperandType.InlineI8: operand = il.ReadInt64(); break;
                    case OperandType.InlineR: il.ReadDouble(); break;
                    case OperandType.ShortInlineR: il.ReadSingle(); break;
                    case OperandType.InlineSwitch:
                    {
                        int n = il.ReadInt32();
                        var d = new int[n];
                        for (int i = 0; i < n; i++) d[i] = il.ReadInt32();
                        int end = il.Offset;
                        targets = d.Select(x => end + x).ToArray();
                        break;
                    }
                    default: operand = il.ReadInt32(); break; // tokens, InlineI
                }
                list.Add(new Instr(offset, op, operand, targets, il.Offset));
            }
            return list;
        }

        static int ArgIndex(Instr i) => i.Op.Value switch
        {
            0x02 => 0, 0x03 => 1, 0x04 => 2, 0x05 => 3, _ => (int)i.Operand, // ldarg.0-3, else ldarg.s / ldarg
        };

        static int LocIndex(Instr i) => i.Op.Name switch
        {
            "ldloc.0" or "stloc.0" => 0, "ldloc.1" or "stloc.1" => 1, "ldloc.2" or "stloc.2" => 2, "ldloc.3" or "stloc.3" => 3,
            _ => (int)i.Operand,
        };

        /// <summary>Addresses taken anywhere: fields (ldflda/ldsflda), and methods whose address is taken (ldftn).</summary>
        void Prescan()
        {
            foreach (var m in methods.Values.Where(m => m.Rva != 0).ToList())
                foreach (var i in Decode(pes[m.Asm].GetMethodBody(m.Rva).GetILReader()))
                {
                    if (i.Op == OpCodes.Ldflda || i.Op == OpCodes.Ldsflda)
                        addressedFields.Add(FieldKey(m.Asm, MetadataTokens.EntityHandle((int)i.Operand), out _));
                    if (i.Op == OpCodes.Ldftn || i.Op == OpCodes.Ldvirtftn)
                        foreach (var t in Resolve(m.Asm, MetadataTokens.EntityHandle((int)i.Operand)).Targets)
                            OpenParameters(t, "delegate invocation");
                    if (i.Op == OpCodes.Ldarga || i.Op == OpCodes.Ldarga_S)
                    {
                        int k = (int)i.Operand;
                        if (OfType(m.Params[k], "").Width > 0 && !m.ParamUnsigned[k])
                        { m.ParamUnsigned[k] = true; m.ParamOrigin[k] = $"parameter {k} of {m.Name} (its address is taken)"; }
                    }
                }
        }

        // ---- the abstract interpretation ----------------------------------------------------------------------------

        void Analyse(Method m, List<TagFinding>? findings)
        {
            if (m.Rva == 0) return;
            int a = m.Asm;
            var body = pes[a].GetMethodBody(m.Rva);
            var code = Decode(body.GetILReader());
            var index = new Dictionary<int, int>();
            for (int k = 0; k < code.Count; k++) index[code[k].Offset] = k;
            string[] locals = body.LocalSignature.IsNil ? Array.Empty<string>()
                : mds[a].GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(names, null).ToArray();
            var addressedLocals = new HashSet<int>(code.Where(i => i.Op == OpCodes.Ldloca || i.Op == OpCodes.Ldloca_S).Select(i => (int)i.Operand));

            var states = new Slot[code.Count][];
            var work = new Stack<int>();
            void Merge(int offset, Slot[] s)
            {
                if (!index.TryGetValue(offset, out int k)) return;
                var old = states[k];
                if (old == null) { states[k] = s; work.Push(k); return; }
                if (old.Length != s.Length) return; // inconsistent stack heights: not verifiable IL, left to the runtime
                Slot[]? merged = null;
                for (int j = 0; j < s.Length; j++)
                {
                    var x = old[j].Join(s[j]);
                    if (!x.SameAs(old[j])) { merged ??= (Slot[])old.Clone(); merged[j] = x; }
                }
                if (merged != null) { states[k] = merged; work.Push(k); }
            }
            Merge(0, Array.Empty<Slot>());
            foreach (var r in body.ExceptionRegions)
            {
                var exception = new[] { Slot.Other };
                if (r.Kind == ExceptionRegionKind.Filter) Merge(r.FilterOffset, exception);
                Merge(r.HandlerOffset, r.Kind is ExceptionRegionKind.Catch or ExceptionRegionKind.Filter ? exception : Array.Empty<Slot>());
            }
            while (work.Count > 0)
            {
                int k = work.Pop();
                var ins = code[k];
                var stack = new List<Slot>(states[k]);
                bool fallsThrough = Step(m, ins, stack, locals, addressedLocals);
                var outState = stack.ToArray();
                foreach (var t in ins.Targets) Merge(t, ins.Op == OpCodes.Leave || ins.Op == OpCodes.Leave_S ? Array.Empty<Slot>() : outState);
                if (fallsThrough) Merge(ins.Next, outState);
            }
            if (findings == null) return;
            for (int k = 0; k < code.Count; k++)
                if (states[k] != null && Check(code, k, states[k]) is { } f) findings.Add(new TagFinding(a, m.Handle, code[k].Offset, f.What, f.Origin));
        }
    }

    /// <summary>Type names for the analysis: C# keywords for primitives, full names for classes, "T[]" arrays, "ref T"
    /// references; enums of the analysed assemblies become their underlying integer type.</summary>
    sealed class TypeNames : ISignatureTypeProvider<string, object?>
    {
        readonly Program p;
        public TypeNames(Program p) { this.p = p; }

        public string GetPrimitiveType(PrimitiveTypeCode c) => SubsetGate.PrimitiveName(c);

        public string GetTypeFromDefinition(MetadataReader r, TypeDefinitionHandle h, byte kind)
        {
            string n = Program.FullName(r, h);
            return p.EnumUnderlying(n) ?? n;
        }

        public string GetTypeFromReference(MetadataReader r, TypeReferenceHandle h, byte kind)
        {
            string n = Program.FullName(r, h);
            return p.EnumUnderlying(n) ?? n;
        }

        public string GetTypeFromSpecification(MetadataReader r, object? ctx, TypeSpecificationHandle h, byte kind) =>
            r.GetTypeSpecification(h).DecodeSignature(this, ctx);
        public string GetSZArrayType(string e) => e + "[]";
        public string GetArrayType(string e, ArrayShape shape) => e + "[" + new string(',', shape.Rank - 1) + "]";
        public string GetPointerType(string e) => "ref " + e;
        public string GetByReferenceType(string e) => "ref " + e;
        public string GetPinnedType(string e) => e;
        public string GetGenericInstantiation(string g, ImmutableArray<string> args) => g + "<" + string.Join(", ", args) + ">";
        public string GetGenericTypeParameter(object? ctx, int i) => "!" + i;
        public string GetGenericMethodParameter(object? ctx, int i) => "!!" + i;
        public string GetFunctionPointerType(MethodSignature<string> s) => "delegate*";
        public string GetModifiedType(string modifier, string unmodified, bool isRequired) => unmodified;
    }
}
