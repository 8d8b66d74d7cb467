namespace ArchiveSite.Core.Documents;

/// <summary>One file of a documents folder, as the folder listing gives it (nothing read yet).</summary>
/// <param name="Folder">The documents folder's full path: one string shared by every file of a listing.</param>
/// <param name="Relative">The path relative to the documents folder, with '/' separators: how notices and manifests name it.</param>
/// <param name="Length">Its size in bytes.</param>
/// <param name="Modified">Its last write time, in UTC ticks.</param>
/// <remarks>
/// The full path is made when it is asked for, not kept: a listing lives as long as a build, and at
/// 300,000 files a kept path was some 110 bytes a file of the build's peak memory.
/// </remarks>
public sealed record RecordFile(string Folder, string Relative, long Length, long Modified)
{
    /// <summary>The full path.</summary>
    public string Path => System.IO.Path.Join(Folder, Relative);
}
