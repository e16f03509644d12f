using System;
using System.IO;
using System.Linq;
using MikeyNano.Radio.Boards;

namespace MikeyNano.Cli
{
    /// <summary>The board profiles of boards/ (copied next to the CLI at build), as the emulated radio reads them: the
    /// same files and the same device loader (BoardProfile) as firmware/RadioApp.</summary>
    internal static class RadioBoards
    {
        /// <summary>The folder holding NAME.json for each board.</summary>
        internal static string Folder => Path.Combine(AppContext.BaseDirectory, "boards");

        internal static BoardProfile Load(string name)
        {
            if (!BoardProfile.IsValidName(name))
                throw new BoardProfileException(BoardProfileError.UnknownBoard, $"'{name}' is not a board name");
            string path = Path.Combine(Folder, name + ".json");
            if (!File.Exists(path))
                throw new BoardProfileException(BoardProfileError.UnknownBoard,
                    $"no board profile {name} (boards: {string.Join(", ", Directory.GetFiles(Folder, "*.json").Select(Path.GetFileNameWithoutExtension).Where(n => n != "board-profile.schema").Order())})");
            return BoardProfile.Load(name, File.ReadAllBytes(path));
        }
    }
}
