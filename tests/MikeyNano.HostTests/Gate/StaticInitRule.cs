#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace MikeyNano.HostTests.Gate;

/// <summary>
/// Static initialisers (every .cctor: static field initialisers and static constructors alike) may build only
/// literals. nanoCLR runs every .cctor of an assembly eagerly at boot, one after the other in metadata order, and does
/// not wait for referenced assemblies' ones: an initialiser that reads another type's static, or calls code that may,
/// can see null or 0, and whatever an initialiser allocates is on the heap from boot whether used or not. So in a
/// .cctor the gate accepts only: constants (ldc.*, ldstr, ldnull, non-checked conv.*), dup, pop, nop, ret; newarr with
/// a constant length; stelem.*; ldtoken of a literal data blob (a field with an RVA) with a call to
/// RuntimeHelpers.InitializeArray (how C# fills a literal array); newobj of System.Object() or of a trivial constructor
/// of this assembly (parameterless, only calling a trivial base constructor: a lock object, a compiler-generated
/// lambda cache `&lt;&gt;c`, an empty holder); stsfld of the initialiser's own type's fields. Everything else is
/// rejected, ldsfld/ldsflda of any static field (even its own type's: nothing derived belongs here) and every other
/// call included. And the octets the initialisers allocate are bounded per assembly (<see cref="MaxOctetsPerAssembly"/>),
/// so no table is built at boot. See docs/subset-gate.md.
/// </summary>
public static partial class SubsetGate
{
    /// <summary>At most this many octets allocated by one assembly's static initialisers (array elements, counting a
    /// reference as 4 octets like the ESP32, plus 12 per object and 4 per object field): six device assemblies at this
    /// budget stay under the issue's 16 KB for loading the library, runtime bookkeeping aside.</summary>
    public const int MaxOctetsPerAssembly = 2048;

    public const string StaticInitRuleName = "static initialiser";

    const string LiteralsOnly = " (nanoCLR runs static initialisers at boot in metadata order: they may hold literals only; build derived state on first use)";

    sealed partial class Walker
    {
        readonly List<(string Where, int Octets)> staticInits = new();

        void CheckStaticInitialiser(MethodDefinitionHandle mh, MethodBodyBlock body)
        {
            string at = MethodName(mh);
            var owner = md.GetMethodDefinition(mh).GetDeclaringType();
            var il = body.GetILReader();
            int octets = 0;
            long? lastConstant = null;
            while (il.RemainingBytes > 0)
            {
                byte b = il.ReadByte();
                OpCode op = b == 0xFE ? TwoByte[il.ReadByte()] : OneByte[b];
                if (op.Size == 0) return; // reported by the IL walk
                string name = op.Name!;
                long? constant = null;
                switch (op.OperandType)
                {
                    case OperandType.InlineNone:
                        if (name.StartsWith("ldc.i4.", StringComparison.Ordinal))
                            constant = name == "ldc.i4.m1" ? -1 : name[7] - '0';
                        else if (!IsPlainNoOperand(name)) Problem(StaticInitRuleName, $"runs {name}" + LiteralsOnly, at);
                        break;
                    case OperandType.ShortInlineI:
                        sbyte s8 = il.ReadSByte();
                        if (name == "ldc.i4.s") constant = s8; else Problem(StaticInitRuleName, $"runs {name}" + LiteralsOnly, at);
                        break;
                    case OperandType.InlineI:
                        constant = il.ReadInt32(); // ldc.i4
                        break;
                    case OperandType.InlineI8: il.Offset += 8; break; // ldc.i8
                    case OperandType.InlineR: case OperandType.ShortInlineR: il.Offset += op.OperandType == OperandType.InlineR ? 8 : 4; break;
                    case OperandType.InlineString: il.Offset += 4; break; // ldstr
                    case OperandType.InlineType:
                        var type = MetadataTokens.EntityHandle(il.ReadInt32());
                        if (name == "newarr")
                        {
                            if (lastConstant is long count && count >= 0) octets += (int)Math.Min(count * ElementOctets(type), int.MaxValue / 2);
                            else Problem(StaticInitRuleName, "allocates an array of computed length" + LiteralsOnly, at);
                        }
                        else if (name != "stelem") Problem(StaticInitRuleName, $"runs {name} {TypeFullName(type)}" + LiteralsOnly, at);
                        break;
                    case OperandType.InlineField:
                        CheckFieldUse(name, MetadataTokens.EntityHandle(il.ReadInt32()), owner, at);
                        break;
                    case OperandType.InlineTok:
                        var token = MetadataTokens.EntityHandle(il.ReadInt32());
                        if (token.Kind != HandleKind.FieldDefinition ||
                            md.GetFieldDefinition((FieldDefinitionHandle)token).GetRelativeVirtualAddress() == 0)
                            Problem(StaticInitRuleName, $"runs ldtoken {MemberName(token)}" + LiteralsOnly, at);
                        break;
                    case OperandType.InlineMethod:
                        octets += CheckCall(name, MetadataTokens.EntityHandle(il.ReadInt32()), at);
                        break;
                    default: // branches, switch, locals, arguments, signatures: none belongs in a literal initialiser
                        Problem(StaticInitRuleName, $"runs {name}" + LiteralsOnly, at);
                        if (op.OperandType == OperandType.InlineSwitch) il.Offset += 4 * il.ReadInt32();
                        else il.Offset += op.OperandType is OperandType.ShortInlineBrTarget or OperandType.ShortInlineVar ? 1
                                        : op.OperandType == OperandType.InlineVar ? 2 : 4;
                        break;
                }
                lastConstant = constant;
            }
            staticInits.Add((at, octets));
        }

        /// <summary>No-operand opcodes a literal initialiser emits: stack shuffles, constants, conversions, stores into
        /// arrays. Anything else (arithmetic, ldarg, ldloc, stloc, throw, ...) has no place there.</summary>
        static bool IsPlainNoOperand(string name) =>
            name is "nop" or "ret" or "dup" or "pop" or "ldnull" ||
            name.StartsWith("stelem.", StringComparison.Ordinal) ||
            (name.StartsWith("conv.", StringComparison.Ordinal) && !name.Contains(".ovf", StringComparison.Ordinal));

        void CheckFieldUse(string op, EntityHandle field, TypeDefinitionHandle owner, string at)
        {
            bool own = field.Kind == HandleKind.FieldDefinition &&
                       md.GetFieldDefinition((FieldDefinitionHandle)field).GetDeclaringType() == owner;
            if (op == "stsfld" && own) return;
            string what = op switch
            {
                "ldsfld" or "ldsflda" => "reads static field ",
                "stsfld" => "writes another type's static field ",
                _ => op + " ",
            };
            Problem(StaticInitRuleName, what + MemberName(field) + LiteralsOnly, at);
        }

        /// <summary>Judges a call or newobj; returns the octets an allowed newobj allocates.</summary>
        int CheckCall(string op, EntityHandle method, string at)
        {
            if (op == "call" && method.Kind == HandleKind.MemberReference)
            {
                var mr = md.GetMemberReference((MemberReferenceHandle)method);
                if (TypeFullName(mr.Parent) == "System.Runtime.CompilerServices.RuntimeHelpers" &&
                    md.GetString(mr.Name) == "InitializeArray") return 0;
            }
            if (op == "newobj" && IsTrivialConstructor(method, 0)) return ObjectOctets(method);
            Problem(StaticInitRuleName, (op == "newobj" ? "constructs " : "calls ") + MemberName(method) + LiteralsOnly, at);
            return 0;
        }

        /// <summary>System.Object() or a parameterless constructor of this assembly whose body only calls a trivial
        /// base constructor (nop, ldarg.0, call, ret): building it reads nothing and computes nothing.</summary>
        bool IsTrivialConstructor(EntityHandle method, int depth)
        {
            if (method.Kind == HandleKind.MemberReference)
            {
                var mr = md.GetMemberReference((MemberReferenceHandle)method);
                return TypeFullName(mr.Parent) == "System.Object" && md.GetString(mr.Name) == ".ctor" &&
                       mr.DecodeMethodSignature(quiet, null).ParameterTypes.Length == 0;
            }
            if (method.Kind != HandleKind.MethodDefinition || depth > 8) return false;
            var m = md.GetMethodDefinition((MethodDefinitionHandle)method);
            if (md.GetString(m.Name) != ".ctor" || m.RelativeVirtualAddress == 0) return false;
            if (m.DecodeSignature(quiet, null).ParameterTypes.Length > 0) return false;
            var il = pe.GetMethodBody(m.RelativeVirtualAddress).GetILReader();
            var ops = new List<(string Name, int Token)>();
            while (il.RemainingBytes > 0)
            {
                byte b = il.ReadByte();
                OpCode op = b == 0xFE ? TwoByte[il.ReadByte()] : OneByte[b];
                if (op.Size == 0) return false;
                if (op.Name == "nop") continue;
                if (op.OperandType == OperandType.InlineMethod) ops.Add((op.Name!, il.ReadInt32()));
                else if (op.OperandType == OperandType.InlineNone) ops.Add((op.Name!, 0));
                else return false;
            }
            return ops.Count == 3 && ops[0].Name == "ldarg.0" && ops[1].Name == "call" && ops[2].Name == "ret" &&
                   IsTrivialConstructor(MetadataTokens.EntityHandle(ops[1].Token), depth + 1);
        }

        /// <summary>12 octets of object header plus 4 per instance field along the chain of this assembly's types.</summary>
        int ObjectOctets(EntityHandle ctor)
        {
            int octets = 12;
            if (ctor.Kind != HandleKind.MethodDefinition) return octets;
            var t = md.GetMethodDefinition((MethodDefinitionHandle)ctor).GetDeclaringType();
            for (int depth = 0; depth < 8 && !t.IsNil; depth++)
            {
                var td = md.GetTypeDefinition(t);
                octets += 4 * td.GetFields().Count(f => (md.GetFieldDefinition(f).Attributes & FieldAttributes.Static) == 0);
                t = td.BaseType.Kind == HandleKind.TypeDefinition ? (TypeDefinitionHandle)td.BaseType : default;
            }
            return octets;
        }

        /// <summary>Octets of one array element: the primitive's size, 4 for a reference (or anything else).</summary>
        int ElementOctets(EntityHandle type)
        {
            if (type.Kind != HandleKind.TypeReference) return 4;
            return TypeFullName(type) switch
            {
                "System.Byte" or "System.SByte" or "System.Boolean" => 1,
                "System.Int16" or "System.UInt16" or "System.Char" => 2,
                "System.Int64" or "System.UInt64" or "System.Double" => 8,
                _ => 4,
            };
        }

        string MemberName(EntityHandle h)
        {
            switch (h.Kind)
            {
                case HandleKind.FieldDefinition:
                    var f = md.GetFieldDefinition((FieldDefinitionHandle)h);
                    return DefName(f.GetDeclaringType()) + "::" + md.GetString(f.Name);
                case HandleKind.MethodDefinition: return MethodName((MethodDefinitionHandle)h);
                case HandleKind.MemberReference:
                    var mr = md.GetMemberReference((MemberReferenceHandle)h);
                    return mr.Parent.Kind == HandleKind.TypeReference ? DecodeMember(mr, quiet)
                                                                      : MemberTarget(h);
                default: return MemberTarget(h);
            }
        }

        /// <summary>The per-assembly budget of octets allocated at boot; the total goes to the report.</summary>
        void CheckStaticInitBudget()
        {
            int total = staticInits.Sum(s => s.Octets);
            report.StaticInitOctets = total;
            if (total <= MaxOctetsPerAssembly) return;
            var largest = staticInits.OrderByDescending(s => s.Octets).Take(5).Select(s => $"{s.Where} {s.Octets:N0}");
            Problem(StaticInitRuleName,
                    $"static initialisers allocate {total:N0} octets at boot, over the budget of {MaxOctetsPerAssembly:N0} per assembly " +
                    $"(largest: {string.Join(", ", largest)}); build tables on first use",
                    "(assembly)");
        }
    }
}
