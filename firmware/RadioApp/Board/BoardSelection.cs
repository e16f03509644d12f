using MikeyNano.Radio.Boards;

namespace MikeyNano.RadioApp.Board
{
    /// <summary>Picks the built-in profile (BoardProfiles.g.cs) whose nanoff target is the firmware's
    /// SystemInfo.TargetName, so one application image runs on every supported board.</summary>
    internal static class BoardSelection
    {
        internal static BoardProfile ForTarget(string target)
        {
            string known = "";
            for (int i = 0; i < EmbeddedBoardProfiles.Count; i++)
            {
                if (EmbeddedBoardProfiles.Target(i) == target)
                {
                    BoardProfile profile = BoardProfile.Load(EmbeddedBoardProfiles.Name(i), EmbeddedBoardProfiles.Text(i));
                    if (profile.NanoffTarget != target)
                        throw new BoardProfileException(BoardProfileError.UnknownBoard, "the built-in profile " + profile.Name + " is for " + profile.NanoffTarget);
                    return profile;
                }
                known += (i == 0 ? "" : ", ") + EmbeddedBoardProfiles.Target(i);
            }
            throw new BoardProfileException(BoardProfileError.UnknownBoard, "no built-in profile for firmware target " + target + " (built in: " + known + ")");
        }
    }
}
