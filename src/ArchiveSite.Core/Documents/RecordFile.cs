namespace ArchiveSite.Core.Documents;

/// <summary>One file of a documents folder, as the folder listing gives it (nothing read yet).</summary>
/// <param name="Path">The full path.</param>
/// <param name="Relative">The path relative to the documents folder, with '/' separators: how notices and manifests name it.</param>
/// <param name="Length">Its size in bytes.</param>
/// <param name="Modified">Its last write time, in UTC ticks.</param>
public sealed record RecordFile(string Path, string Relative, long Length, long Modified);
