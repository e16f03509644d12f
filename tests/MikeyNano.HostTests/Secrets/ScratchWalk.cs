#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using MikeyNano.HostTests.Gate;

namespace MikeyNano.HostTests.Secrets;

/// <summary>What an array reached by the walk may hold between calls (see <see cref="MemoryRoles"/>).</summary>
public enum Role
{
    /// <summary>Anything not listed: working space of an operation, all zero between calls.</summary>
    Scratch,
    /// <summary>A long-lived secret the owning type's doc names (a user's or a KMS's key, tables derived from it):
    /// may be non-zero until the owner's Wipe(), all zero after it.</summary>
    Key,
    /// <summary>Public values (constants, public keys and points, tables of public points, public protocol state).</summary>
    Public,
    /// <summary>Not the object's own memory (the caller's RNG): not walked.</summary>
    NotOwned,
}

/// <summary>One array the walk reached: the field path from the root, its role and the array itself.</summary>
public sealed record Reached(string Path, Role Role, Array Array)
{
    public bool IsZero
    {
        get
        {
            foreach (object? v in Array)
                if (Convert.ToInt64(v) != 0) return false;
            return true;
        }
    }
}

/// <summary>
/// Walks, by reflection, every array reachable from a root through the instance fields of objects whose type belongs to
/// a device assembly (inherited private fields included; arrays of references are walked element by element; objects of
/// other assemblies such as strings or the caller's RNG are not entered). The role of an array is decided by the first
/// field on its path that <see cref="MemoryRoles"/> lists ("Type.field"), else it is scratch. Each object is visited
/// once (the first path wins).
/// </summary>
public static class ScratchWalk
{
    private static readonly Assembly[] Device = DeviceAssemblies.Names
        .Select(n => AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == n) ?? Assembly.Load(n))
        .ToArray();

    /// <summary>Every "Type.field" name the walks of this process met, to prove each role entry is still needed.</summary>
    public static readonly HashSet<string> FieldsMet = new();

    public static bool IsDeviceType(Type t) => Device.Contains(t.Assembly);

    /// <summary>The arrays reachable from the roots (name, object).</summary>
    public static List<Reached> Walk(params (string Name, object? Root)[] roots)
    {
        var found = new List<Reached>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var (name, root) in roots) Visit(root, name, "", Role.Scratch, found, seen);
        return found;
    }

    /// <summary>The static fields of every type of the device assemblies (caches, shared contexts, prototypes).</summary>
    public static (string Name, object? Root)[] Statics()
    {
        var roots = new List<(string, object?)>();
        foreach (var asm in Device)
            foreach (var type in asm.GetTypes())
                foreach (var f in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (f.IsLiteral || f.FieldType.IsPrimitive || f.FieldType.IsEnum || f.FieldType == typeof(string)) continue;
                    string key = type.Name + "." + f.Name;
                    roots.Add((key, new StaticRoot(key, f.GetValue(null))));
                }
        return roots.ToArray();
    }

    /// <summary>A static field's value with its "Type.field" name, so that the role list applies to statics too.</summary>
    private sealed record StaticRoot(string Field, object? Value);

    /// <param name="via">the "Type.field" through which value was reached ("" for a root)</param>
    private static void Visit(object? value, string path, string via, Role role, List<Reached> found, HashSet<object> seen)
    {
        if (value == null) return;
        if (value is StaticRoot s)
        {
            FieldsMet.Add(s.Field);
            Visit(s.Value, path, s.Field, RoleOf(via, s.Field, role), found, seen);
            return;
        }
        if (!seen.Add(value)) return;
        if (value is Array array)
        {
            Type element = array.GetType().GetElementType()!;
            if (element.IsPrimitive) { found.Add(new Reached(path, role, array)); return; }
            for (int i = 0; i < array.Length; i++) Visit(array.GetValue(i), path + "[" + i + "]", via, role, found, seen);
            return;
        }
        Type type = value.GetType();
        if (!IsDeviceType(type)) return;
        for (Type? t = type; t != null && IsDeviceType(t); t = t.BaseType)
            foreach (var f in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (f.FieldType.IsPrimitive || f.FieldType.IsEnum || f.FieldType == typeof(string)) continue;
                string key = t.Name + "." + f.Name;
                FieldsMet.Add(key);
                Role r = RoleOf(via, key, role);
                if (r == Role.NotOwned) continue;
                Visit(f.GetValue(value), path + "." + f.Name, key, r, found, seen);
            }
    }

    private static Role RoleOf(string via, string field, Role inherited)
    {
        if (inherited != Role.Scratch) return inherited;
        string qualified = via + ">" + field;
        if (MemoryRoles.Lists(qualified))
        {
            FieldsMet.Add(qualified);
            return MemoryRoles.Of(qualified);
        }
        return MemoryRoles.Of(field);
    }
}
