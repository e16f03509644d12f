using System.CommandLine;

namespace MikeyNano.Cli
{
    /// <summary>Entry point: one sub-command per command group, each in its own file.</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            var root = new RootCommand("MikeyNano: MIKEY-SAKKE key management for nanoFramework radios (host tools)");
            root.Subcommands.Add(Demo.DemoCommand.Create());
            root.Subcommands.Add(SelfTestCommand.Create());
            var mikey = MikeyCommands.Create();
            mikey.Subcommands.Add(MikeyReceiveCommand.Create());
            mikey.Subcommands.Add(MikeyModeOffer.Create());
            root.Subcommands.Add(mikey);
            root.Subcommands.Add(KmsCommands.Create());
            root.Subcommands.Add(SakkeCommands.Create());
            root.Subcommands.Add(EccsiCommands.Create());
            root.Subcommands.Add(KeysCommands.Create());
            root.Subcommands.Add(RadioCommand.Create());
            root.Subcommands.Add(ProvisionCommand.Create());
            return root.Parse(args).Invoke();
        }
    }
}
