namespace ArchiveSite.Core.Names.Lists;

/// <summary>Who a person was in one volume, as its List of Names says.</summary>
/// <param name="Volume">The volume's id.</param>
/// <param name="Printed">The name as that volume prints it.</param>
/// <param name="Description">Who the person was in the volume's years.</param>
/// <param name="VolumeId">The volume's own id of the person (<c>p_KNS1</c>).</param>
public sealed record ListedRole(string Volume, PrintedName Printed, string Description, string VolumeId);

/// <summary>
/// One person of the volumes' lists of names, their entries across volumes gathered: Khrushchev
/// printed "Nikita Sergeevich", "Nikita Sergeyevich" and "Nikita S." is one person, with who he
/// was in each volume.
/// </summary>
/// <param name="Id">The person's page and <c>person:</c> id: the names authority's when it knows them, else made from the name (<c>khrushchev_nikita</c>).</param>
/// <param name="Name">The name as a reader writes it, in its most printed form.</param>
/// <param name="Family">The family name.</param>
/// <param name="Roles">Each volume's entry, in volume order.</param>
public sealed record ListedPerson(string Id, string Name, string Family, IReadOnlyList<ListedRole> Roles)
{
    /// <summary>Every printing of the name, most printed first.</summary>
    public IReadOnlyList<string> Printings { get; } = Roles.GroupBy(r => r.Printed.Printed, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToArray();

    /// <summary>The person as the authority's matching knows people: the id, the name, the printed forms as variants.</summary>
    public Person AsPerson() => _person ??= new Person(Id, Name, Roles.Select(r => r.Printed.Natural).Distinct(StringComparer.OrdinalIgnoreCase).ToArray())
    {
        Family = Roles[0].Printed.FamilyFirst ? null : Family,
    };

    private Person? _person;
}
