namespace ArchiveSite.Core.Archive;

/// <summary>What a file checked turned out to be.</summary>
public enum FindingKind
{
    /// <summary>Its checksum matches.</summary>
    Whole,

    /// <summary>Damaged, cut short, missing or unreadable.</summary>
    Damaged,

    /// <summary>Whole, but for another commit or of another format: a site writes it again, no damage.</summary>
    Replaced,

    /// <summary>Not there, and not needed: a site writes it once it serves.</summary>
    Absent,

    /// <summary>Whole, but written by another version of the site or with another names authority.</summary>
    OtherVersion,
}
