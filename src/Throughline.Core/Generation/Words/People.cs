namespace Throughline.Core.Generation.Words;

/// <summary>Names for people and places.</summary>
internal static class People
{
    public static readonly string[] FirstNames =
    [
        "Ana", "Ben", "Chloe", "Daniel", "Elif", "Farid", "Grace", "Hannah", "Ivan", "Jana", "Kofi", "Lena", "Mateo", "Nadia",
        "Oscar", "Priya", "Quentin", "Rosa", "Samir", "Tara", "Umar", "Vera", "Wei", "Ximena", "Yusuf", "Zoe", "Aisha", "Bruno",
        "Carmen", "Dmitri", "Emma", "Felix", "Giulia", "Hugo", "Ingrid", "Jonas", "Kaito", "Laila", "Marek", "Nina", "Olga",
        "Pablo", "Rahul", "Sofia", "Tomas", "Ursula", "Viktor", "Wanjiru", "Yara", "Zara", "Amir", "Beatriz", "Connor", "Dara",
        "Esther", "Finn", "Gabriel", "Hiroshi", "Isla", "Jakub", "Kavya", "Luca", "Maya", "Noah",
    ];

    public static readonly string[] LastNames =
    [
        "Silva", "Novak", "Okafor", "Schmidt", "Kowalski", "Haddad", "Lindqvist", "Moreau", "Rossi", "Tanaka", "Fernandes",
        "Jensen", "Mensah", "Nguyen", "Petrov", "Ahmed", "Berg", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Horvat",
        "Ivanova", "Jovanovic", "Kaur", "Larsen", "Murphy", "Nakamura", "Olsen", "Patel", "Quinn", "Romero", "Sato", "Toth",
        "Usman", "Varga", "Weber", "Xu", "Yilmaz", "Zielinski", "Andersen", "Baker", "Chen", "Diaz", "Evans", "Fontaine",
        "Gallagher", "Hughes", "Iqbal", "Kim", "Lopez", "Meyer", "Nowak", "Osei", "Park", "Reyes", "Santos", "Thomsen",
        "Wagner", "Young", "Zhang", "Bianchi", "Castro", "Dimitrov", "Edwards", "Friedman", "Grant", "Hoffmann", "Ito",
        "Keller", "Lund", "Marino", "Nilsen", "Ortiz", "Popescu", "Richter", "Svensson", "Turner", "Vogel",
    ];

    /// <summary>Regions and sites that name the units below a department's teams.</summary>
    public static readonly string[] Regions =
    [
        "North America", "UK and Ireland", "DACH", "Nordics", "Benelux", "France", "Iberia", "Italy", "Poland", "Central Europe",
        "Middle East", "India", "APAC", "Japan", "Australia", "Brazil", "Mexico", "South Africa",
    ];
}
