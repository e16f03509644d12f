#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace MikeyNano.HostTests.Gate;

/// <summary>The transfer function of UnsignedTagAnalysis: what each IL instruction does to the tags on the evaluation
/// stack (nanoCLR's rules, see UnsignedTagAnalysis), and the operations whose result depends on them.</summary>
public static partial class UnsignedTagAnalysis
{
    sealed partial class Program
    {
        /// <summary>The signed operations whose result depends on the tag, given the stack before them.</summary>
        static (string What, string Origin)? Check(List<Instr> code, int k, Slot[] s)
        {
            var ins = code[k];
            Slot Top(int n) => s[s.Length - 1 - n];
            switch (ins.Op.Name)
            {
                case "shr" when s.Length >= 2 && Top(1).Hazard && !ShiftedInBitsDropped(code, k, Top(1).Width * 8):
                    return ($"shr of a {Top(1).Width * 8}-bit value nanoCLR tags unsigned (a logical shift on the device, arithmetic on .NET)", Top(1).Origin ?? "?");
                case "rem" when s.Length >= 2 && Top(1).Hazard:
                    return ($"rem of a {Top(1).Width * 8}-bit value nanoCLR tags unsigned (an unsigned remainder on the device)", Top(1).Origin ?? "?");
                case "conv.i8" when s.Length >= 1 && Top(0).Hazard && Top(0).Width == 4:
                    return ("conv.i8 of a 32-bit value nanoCLR tags unsigned (zero-extends on the device, sign-extends on .NET)", Top(0).Origin ?? "?");
                case "conv.r4" or "conv.r8" when s.Length >= 1 && Top(0).Hazard:
                    return ($"{ins.Op.Name} of a value nanoCLR tags unsigned (converted as unsigned on the device)", Top(0).Origin ?? "?");
                default: return null;
            }
        }

        /// <summary>True when a shr by a constant n is followed at once by a conversion or a mask that keeps at most the
        /// low (width - n) bits, the ones a logical and an arithmetic shift agree on: (byte)(x &gt;&gt; 8),
        /// (int)(c &gt;&gt; 32), (x &gt;&gt; 4) &amp; 0xF.</summary>
        static bool ShiftedInBitsDropped(List<Instr> code, int k, int width)
        {
            if (k == 0 || Constant(code[k - 1]) is not { } n || n < 0 || k + 1 >= code.Count) return false;
            long same = width - n; // low bits equal under both shifts
            int kept = code[k + 1].Op.Name switch
            {
                "conv.i1" or "conv.u1" => 8, "conv.i2" or "conv.u2" => 16, "conv.i4" or "conv.u4" => 32, _ => 0,
            };
            if (kept > 0) return kept <= same;
            if (Constant(code[k + 1]) is not { } mask) return false;
            int j = k + 2;
            if (j < code.Count && code[j].Op.Name is "conv.i8" or "conv.u8")
            {
                if (code[j].Op.Name == "conv.u8") mask = (uint)mask; // ldc.i4.m1 conv.u8 is 0xFFFFFFFF
                j++;
            }
            return mask >= 0 && same < 63 && mask < 1L << (int)same && j < code.Count && code[j].Op == OpCodes.And;
        }

        /// <summary>The value an ldc.i4/ldc.i8 pushes, else null.</summary>
        static long? Constant(Instr i) => i.Op.Name switch
        {
            "ldc.i4.m1" => -1, "ldc.i4.0" => 0, "ldc.i4.1" => 1, "ldc.i4.2" => 2, "ldc.i4.3" => 3, "ldc.i4.4" => 4,
            "ldc.i4.5" => 5, "ldc.i4.6" => 6, "ldc.i4.7" => 7, "ldc.i4.8" => 8,
            "ldc.i4.s" or "ldc.i4" or "ldc.i8" => i.Operand,
            _ => null,
        };

        /// <summary>Applies one instruction to the stack; false when control does not fall through.</summary>
        bool Step(Method m, Instr ins, List<Slot> st, string[] locals, HashSet<int> addressedLocals)
        {
            int a = m.Asm;
            string at = $"IL_{ins.Offset:X4} in {m.Name}";
            Slot Pop() { var x = st[^1]; st.RemoveAt(st.Count - 1); return x; }
            void PopN(int n) { for (int j = 0; j < n; j++) Pop(); }
            void Push(Slot x) => st.Add(x);
            EntityHandle Token() => MetadataTokens.EntityHandle((int)ins.Operand);
            Slot Integral(string? type, string origin, bool unsigned) => unsigned ? Tagged(OfType(type, origin), origin) : OfType(type, origin);

            string name = ins.Op.Name!;
            switch (name)
            {
                case "ldarg.0": case "ldarg.1": case "ldarg.2": case "ldarg.3": case "ldarg.s": case "ldarg":
                {
                    int k = ArgIndex(ins);
                    var s = OfType(m.Params[k], "");
                    Push(s.Width > 0 ? s with { Unsigned = m.ParamUnsigned[k], Origin = m.ParamOrigin[k] } : s);
                    return true;
                }
                case "ldloc.0": case "ldloc.1": case "ldloc.2": case "ldloc.3": case "ldloc.s": case "ldloc":
                {
                    int k = LocIndex(ins);
                    Push(Integral(locals[k], addressedLocals.Contains(k)
                        ? $"local {k} at {at} (its address is taken: a write through the reference sets the tag)"
                        : $"a {locals[k]} local loaded at {at}", addressedLocals.Contains(k)));
                    return true;
                }
                case "ldfld": case "ldsfld":
                {
                    if (name == "ldfld") Pop();
                    string key = FieldKey(a, Token(), out var type);
                    bool addressed = addressedFields.Contains(key);
                    Push(Integral(type, addressed ? $"field {key} (its address is taken)" : $"{type} field {key} loaded at {at}", addressed));
                    return true;
                }
                case "ldelem.i1": case "ldelem.u1": case "ldelem.i2": case "ldelem.u2": case "ldelem.i4": case "ldelem.u4":
                case "ldelem.i8": case "ldelem.i": case "ldelem.r4": case "ldelem.r8": case "ldelem.ref": case "ldelem":
                {
                    Pop();
                    var arr = Pop();
                    string? elem = arr.Type != null && arr.Type.EndsWith("[]", StringComparison.Ordinal) ? arr.Type[..^2] : null;
                    if (name == "ldelem") elem = TokenType(a, Token());
                    if (elem == null)
                        elem = name switch { "ldelem.u4" => "uint", "ldelem.i8" => null, "ldelem.r4" => "float", "ldelem.r8" => "double",
                                             "ldelem.ref" => null, _ => "int" };
                    if (elem == null && name == "ldelem.i8") { Push(new Slot(8, true, null, $"ldelem.i8 at {at} (array of unknown element type)")); return true; }
                    Push(OfType(elem, $"{elem} array element loaded at {at}"));
                    return true;
                }
                case "ldind.i1": case "ldind.u1": case "ldind.i2": case "ldind.u2": Pop(); Push(Slot.Int32); return true;
                case "ldind.i4": case "ldind.u4": case "ldind.i8": case "ldind.i": case "ldind.r4": case "ldind.r8": case "ldind.ref":
                case "ldobj":
                {
                    var p = Pop();
                    string? type = name == "ldobj" ? TokenType(a, Token())
                        : p.Type != null && p.Type.StartsWith("ref ", StringComparison.Ordinal) ? p.Type[4..]
                        : name switch { "ldind.i8" => "long", "ldind.r4" => "float", "ldind.r8" => "double", "ldind.ref" => null, _ => "int" };
                    Push(Integral(type, $"{name} at {at} (a write through a reference sets the target's tag)", true));
                    return true;
                }
                case "ldc.i4.m1": case "ldc.i4.0": case "ldc.i4.1": case "ldc.i4.2": case "ldc.i4.3": case "ldc.i4.4": case "ldc.i4.5":
                case "ldc.i4.6": case "ldc.i4.7": case "ldc.i4.8": case "ldc.i4.s": case "ldc.i4": case "sizeof":
                    Push(Slot.Int32); return true;
                case "ldc.i8": Push(Slot.Int64); return true;
                case "ldlen": Pop(); Push(new Slot(4, true, "int", $"ldlen at {at} (nanoCLR pushes an array length as U4)", NonNegative: true)); return true;
                case "conv.i1": case "conv.i2": case "conv.i4": case "conv.i": case "conv.u1": case "conv.u2":
                case "conv.ovf.i1": case "conv.ovf.i2": case "conv.ovf.i4": case "conv.ovf.i": case "conv.ovf.u1": case "conv.ovf.u2":
                case "conv.ovf.i1.un": case "conv.ovf.i2.un": case "conv.ovf.i4.un": case "conv.ovf.i.un": case "conv.ovf.u1.un": case "conv.ovf.u2.un":
                    Pop(); Push(Slot.Int32); return true;
                case "conv.u4": case "conv.u": case "conv.ovf.u4": case "conv.ovf.u": case "conv.ovf.u4.un": case "conv.ovf.u.un":
                    Pop(); Push(new Slot(4, true, "uint", $"{name} at {at}")); return true;
                case "conv.i8": case "conv.ovf.i8": case "conv.ovf.i8.un": Pop(); Push(Slot.Int64); return true;
                case "conv.u8": case "conv.ovf.u8": case "conv.ovf.u8.un": Pop(); Push(new Slot(8, true, "ulong", $"{name} at {at}", NonNegative: true)); return true;
                case "conv.r4": case "conv.r8": case "conv.r.un": Pop(); Push(new Slot(0, false, "double", null)); return true;
                case "add": case "sub": case "mul": case "div": case "div.un": case "rem": case "rem.un": case "and": case "or": case "xor":
                case "shl": case "shr": case "shr.un": case "add.ovf": case "add.ovf.un": case "sub.ovf": case "sub.ovf.un":
                case "mul.ovf": case "mul.ovf.un":
                {
                    var y = Pop();
                    var x = Pop();
                    bool nonNegative = name switch
                    {
                        "and" => x.NonNegative || y.NonNegative,
                        "shr" or "shr.un" or "div.un" or "rem.un" => x.NonNegative,
                        _ => false,
                    };
                    // the first operand's data type is kept
                    Push(x with { Type = x.Width > 0 ? x.Type : null, NonNegative = nonNegative });
                    return true;
                }
                case "neg": case "not": Push(Pop() with { NonNegative = false }); return true;
                case "dup": Push(st[^1]); return true;
                case "call": case "callvirt": case "newobj":
                {
                    var (targets, ps, ret, callee) = Resolve(a, Token());
                    bool ctor = name == "newobj";
                    int first = ctor ? 1 : 0; // newobj: 'this' is not on the caller's stack
                    var args = new Slot[ps.Length];
                    for (int j = ps.Length - 1; j >= first; j--) args[j] = Pop();
                    foreach (var t in targets)
                        for (int j = first; j < ps.Length && j < t.Params.Length; j++)
                            if (args[j].Unsigned && OfType(t.Params[j], "").Width > 0 && !t.ParamUnsigned[j])
                            {
                                t.ParamUnsigned[j] = true;
                                t.ParamOrigin[j] = $"argument {j} of {t.Name} from {at} ({args[j].Origin})";
                                changed = true;
                            }
                    if (ctor) { Push(new Slot(0, false, ps.Length > 0 ? ps[0] : null, null)); return true; }
                    if (ret == "void") return true;
                    var r = OfType(ret, $"the value {callee} returns (declared {ret})");
                    if (targets.Count > 0 && r.Width > 0)
                    {
                        var tagged = targets.FirstOrDefault(t => t.ReturnUnsigned);
                        r = tagged == null ? r with { Unsigned = false, Origin = null }
                                           : r with { Unsigned = true, Origin = $"the value {callee} returns ({tagged.ReturnOrigin})" };
                    }
                    Push(r);
                    return true;
                }
                case "ret":
                {
                    if (m.Return != "void" && st.Count > 0)
                    {
                        var v = Pop();
                        if (v.Unsigned && OfType(m.Return, "").Width > 0 && !m.ReturnUnsigned)
                        { m.ReturnUnsigned = true; m.ReturnOrigin = $"returned at {at}: {v.Origin}"; changed = true; }
                    }
                    return false;
                }
                case "newarr": Pop(); Push(new Slot(0, false, TokenType(a, Token()) + "[]", null)); return true;
                case "ldelema": Pop(); Pop(); Push(new Slot(0, false, "ref " + TokenType(a, Token()), null)); return true;
                case "ldloca.s": case "ldloca": Push(new Slot(0, false, "ref " + locals[(int)ins.Operand], null)); return true;
                case "ldarga.s": case "ldarga": Push(new Slot(0, false, "ref " + m.Params[(int)ins.Operand], null)); return true;
                case "ldflda": case "ldsflda":
                {
                    if (name == "ldflda") Pop();
                    FieldKey(a, Token(), out var type);
                    Push(new Slot(0, false, "ref " + type, null));
                    return true;
                }
                case "unbox.any": Pop(); Push(Integral(TokenType(a, Token()), $"unbox.any at {at}", true)); return true;
                case "castclass": case "isinst": Pop(); Push(new Slot(0, false, TokenType(a, Token()), null)); return true;
                case "leave": case "leave.s": st.Clear(); return false;
                case "br": case "br.s": return false;
                case "throw": case "rethrow": case "endfinally": case "endfilter": case "jmp": st.Clear(); return false;
            }
            // Everything else by its declared stack behaviour: pushes are untagged values of the pushed kind, except
            // Push1 (any value), which is treated as possibly unsigned so nothing unmodelled passes silently.
            PopN(PopCount(ins.Op, st.Count));
            switch (ins.Op.StackBehaviourPush)
            {
                case StackBehaviour.Push0: break;
                case StackBehaviour.Pushi: Push(Slot.Int32); break;
                case StackBehaviour.Pushi8: Push(Slot.Int64); break;
                case StackBehaviour.Pushr4: case StackBehaviour.Pushr8: case StackBehaviour.Pushref: Push(Slot.Other); break;
                case StackBehaviour.Push1_push1: Push(Slot.Other); Push(Slot.Other); break;
                default: Push(new Slot(8, true, null, $"{name} at {at} (not modelled)")); break;
            }
            return !(ins.Op.FlowControl is FlowControl.Branch or FlowControl.Return or FlowControl.Throw);
        }

        static int PopCount(OpCode op, int height) => op.StackBehaviourPop switch
        {
            StackBehaviour.Pop0 => 0,
            StackBehaviour.Pop1 or StackBehaviour.Popi or StackBehaviour.Popref => 1,
            StackBehaviour.Pop1_pop1 or StackBehaviour.Popi_pop1 or StackBehaviour.Popi_popi or StackBehaviour.Popi_popi8 or
            StackBehaviour.Popi_popr4 or StackBehaviour.Popi_popr8 or StackBehaviour.Popref_pop1 or StackBehaviour.Popref_popi => 2,
            StackBehaviour.Popi_popi_popi or StackBehaviour.Popref_popi_popi or StackBehaviour.Popref_popi_popi8 or
            StackBehaviour.Popref_popi_popr4 or StackBehaviour.Popref_popi_popr8 or StackBehaviour.Popref_popi_popref or
            StackBehaviour.Popref_popi_pop1 => 3,
            _ => height, // Varpop without a signature (calli): clear the stack
        };
    }
}
