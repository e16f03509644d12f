#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using MikeyNano.Radio.Boards;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MikeyNano.HostTests.Boards;

/// <summary>
/// Every profile in boards/ validates against boards/board-profile.schema.json (JsonSchema.Net, draft 2020-12) and
/// loads with the device loader (src/MikeyNano.Radio/Boards) under its file name, and the two readings agree: each
/// field as System.Text.Json reads it equals what the loader gives. The schema and the loader accept the same field
/// names, and the schema refuses what the loader refuses where a schema can say it.
/// </summary>
[TestClass]
public sealed class BoardFilesTests
{
    static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(BoardFiles.SchemaPath));

    static EvaluationResults Evaluate(string json) =>
        Schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

    static string Errors(EvaluationResults r) => string.Join("\n", (r.Details ?? new List<EvaluationResults>())
        .Where(d => d.Errors != null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value)));

    [TestMethod]
    public void TheFourRequiredBoardsHaveProfiles()
    {
        var names = BoardFiles.Profiles.Select(p => p.Name).ToList();
        foreach (var required in new[] { "ESP32_REV3", "ESP32_PSRAM_REV3", "ESP32_S3", "M5Core2" })
            CollectionAssert.Contains(names, required, "boards/" + required + ".json");
    }

    [TestMethod]
    public void EveryProfileValidatesAgainstTheSchema()
    {
        foreach (var (name, path) in BoardFiles.Profiles)
        {
            var result = Evaluate(File.ReadAllText(path));
            Assert.IsTrue(result.IsValid, $"boards/{name}.json against the schema:\n{Errors(result)}");
        }
    }

    [TestMethod]
    public void EveryProfileLoadsWithTheDeviceLoaderAndAgreesWithSystemTextJson()
    {
        foreach (var (name, path) in BoardFiles.Profiles)
        {
            var p = BoardProfile.Load(name, File.ReadAllBytes(path));
            var j = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
            var what = "boards/" + name + ".json";
            Assert.AreEqual((string)j["name"]!, p.Name, what);
            Assert.AreEqual((string)j["board"]!, p.Board, what);
            Assert.AreEqual((string)j["nanoffTarget"]!, p.NanoffTarget, what);
            Assert.AreEqual((string)j["chip"]!, p.Chip, what);
            Assert.AreEqual((int)j["flashMiB"]!, p.FlashMiB, what);
            Assert.AreEqual((int)j["psramMiB"]!, p.PsramMiB, what);
            Assert.AreEqual((int)j["managedHeapKiB"]!, p.ManagedHeapKiB, what);
            var uart = j["provisioning"]!;
            Assert.AreEqual((string)uart["port"]!, p.Provisioning.Port, what);
            Assert.AreEqual((int)uart["baud"]!, p.Provisioning.Baud, what);
            Assert.AreEqual((int)uart["txPin"]!, p.Provisioning.TxPin, what);
            Assert.AreEqual((int)uart["rxPin"]!, p.Provisioning.RxPin, what);
            Assert.AreEqual((int)j["pushToTalk"]!["pin"]!, p.PushToTalk.Pin, what);
            Assert.AreEqual((bool)j["pushToTalk"]!["activeLow"]!, p.PushToTalk.ActiveLow, what);
            Assert.AreEqual((int)j["statusLed"]!["pin"]!, p.Led.Pin, what);
            Assert.AreEqual((bool)j["statusLed"]!["activeHigh"]!, p.Led.ActiveHigh, what);
            Assert.AreEqual((bool)j["statusLed"]!["onBoard"]!, p.Led.OnBoard, what);
            var i2s = j["i2s"]!;
            Assert.AreEqual((int)i2s["bitClock"]!, p.I2s.BitClock, what);
            Assert.AreEqual((int)i2s["wordSelect"]!, p.I2s.WordSelect, what);
            Assert.AreEqual((int)i2s["dataOut"]!, p.I2s.DataOut, what);
            Assert.AreEqual((int)i2s["dataIn"]!, p.I2s.DataIn, what);
            Assert.AreEqual((bool)j["precomputeTables"]!, p.PrecomputeTables, what);
            CollectionAssert.AreEqual(j["sources"]!.AsArray().Select(s => (string)s!).ToArray(), p.Sources, what);
        }
    }

    /// <summary>The boards' table policies as docs/device.md's heap figures decide them: tables only with PSRAM.</summary>
    [TestMethod]
    public void OnlyPsramBoardsPrecomputeTables()
    {
        var policy = BoardFiles.Profiles.ToDictionary(p => p.Name, p => BoardProfile.Load(p.Name, File.ReadAllBytes(p.Path)));
        Assert.IsFalse(policy["ESP32_REV3"].PrecomputeTables);
        Assert.AreEqual(0, policy["ESP32_REV3"].PsramMiB);
        Assert.IsTrue(policy["ESP32_PSRAM_REV3"].PrecomputeTables);
        Assert.IsTrue(policy["ESP32_S3"].PrecomputeTables);
        Assert.IsTrue(policy["M5Core2"].PrecomputeTables);
        foreach (var p in policy.Values) Assert.AreEqual(p.PsramMiB > 0, p.PrecomputeTables, p.Name);
    }

    /// <summary>On a board the application picks its profile by SystemInfo.TargetName (the nanoff target), so no two
    /// profiles may share one. ESP32_S3's image is ESP32_S3_OCTAL: nf-interpreter replaced the ESP32_S3 target by
    /// ESP32_S3_QUAD and ESP32_S3_OCTAL in June 2026 (df0676f), and the N8R8 DevKitC-1 has octal PSRAM.</summary>
    [TestMethod]
    public void NanoffTargetsAreDistinct()
    {
        var targets = BoardFiles.Profiles.Select(p => BoardProfile.Load(p.Name, File.ReadAllBytes(p.Path)).NanoffTarget).ToList();
        CollectionAssert.AllItemsAreUnique(targets);
        CollectionAssert.Contains(targets, "ESP32_S3_OCTAL");
    }

    [TestMethod]
    public void TheSchemaAndTheLoaderAcceptTheSameFields()
    {
        var schema = JsonNode.Parse(File.ReadAllText(BoardFiles.SchemaPath))!;
        void Same(JsonNode obj, string[] loader, string what)
        {
            var properties = obj["properties"]!.AsObject().Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal).ToList();
            var required = obj["required"]!.AsArray().Select(r => (string)r!).OrderBy(k => k, StringComparer.Ordinal).ToList();
            var fields = loader.OrderBy(k => k, StringComparer.Ordinal).ToList();
            CollectionAssert.AreEqual(fields, properties, what + ": schema properties vs the loader's fields");
            CollectionAssert.AreEqual(fields, required, what + ": every field is required");
            Assert.AreEqual(false, (bool)obj["additionalProperties"]!, what + ": no other field");
        }
        Same(schema, BoardProfileReader.TopFields, "profile");
        Same(schema["properties"]!["provisioning"]!, BoardProfileReader.UartFields, "provisioning");
        Same(schema["properties"]!["pushToTalk"]!, BoardProfileReader.PushToTalkFields, "pushToTalk");
        Same(schema["properties"]!["statusLed"]!, BoardProfileReader.LedFields, "statusLed");
        Same(schema["properties"]!["i2s"]!, BoardProfileReader.I2sFields, "i2s");
    }

    /// <summary>The schema check can fail: what the loader refuses for its shape or range, the schema refuses too.</summary>
    [TestMethod]
    public void TheSchemaRefusesWhatTheLoaderRefuses()
    {
        var valid = File.ReadAllText(Path.Combine(BoardFiles.Folder, "ESP32_REV3.json"));
        string[][] edits =
        {
            new[] { "\"port\": \"COM2\"", "\"port\": \"COM1\"" },
            new[] { "\"flashMiB\": 4", "\"flashMiB\": 3" },
            new[] { "\"flashMiB\": 4", "\"flashMiB\": 4, \"wifiSsid\": \"x\"" },
            new[] { "\"managedHeapKiB\": 100", "\"managedHeapKiB\": 64" },
            new[] { "\"pin\": 27, ", "" },
            new[] { "\"txPin\": 17", "\"txPin\": 49" },
            new[] { "\"baud\": 115200", "\"baud\": [[[115200]]]" },
        };
        foreach (var e in edits)
        {
            Assert.IsTrue(valid.Contains(e[0], StringComparison.Ordinal), e[0]);
            var edited = valid.Replace(e[0], e[1], StringComparison.Ordinal);
            Assert.IsFalse(Evaluate(edited).IsValid, "the schema accepts " + e[1]);
            Assert.ThrowsExactly<BoardProfileException>(() => BoardProfile.Parse(edited), e[1]);
        }
    }
}
