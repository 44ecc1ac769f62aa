namespace Safeguarding.Bench.Identity;

/// <summary>
/// Names by community, most common first, drawn for a city like Birmingham or Leeds: the ONS baby-name tables for
/// England and Wales, and the family names most common in each community there. Spellings vary as they do in records
/// (Muhammad, Mohammed, Mohammad are all common first names).
/// </summary>
internal sealed record Community(string Name, double Share, string[] Boys, string[] Girls, string[] Families, double HyphenatedShare)
{
    /// <summary>Whether the community's family names include England's long tail of place-name surnames.</summary>
    public bool EnglishSurnames => Name is "White British" or "Black Caribbean" or "Mixed" or "Irish Traveller and Irish";
}

internal static class SyntheticNames
{
    public static readonly Community[] Communities =
    [
        new("White British", 0.56,
            ["oliver", "george", "harry", "jack", "noah", "charlie", "jacob", "alfie", "freddie", "oscar", "leo", "archie", "henry", "joshua",
             "thomas", "james", "william", "samuel", "joseph", "max", "lucas", "ethan", "daniel", "theo", "arthur", "isaac", "alexander",
             "edward", "adam", "logan", "harrison", "benjamin", "riley", "dylan", "finley", "tyler", "mason", "jake", "lewis", "ryan",
             "callum", "connor", "kyle", "liam", "matthew", "luke", "toby", "reuben", "sebastian", "frederick", "alfred", "albert",
             "stanley", "louie", "ronnie", "tommy", "frankie", "teddy", "jenson", "bobby", "elliot", "nathan", "owen", "rhys"],
            ["olivia", "amelia", "isla", "ava", "emily", "isabella", "mia", "poppy", "ella", "lily", "sophia", "grace", "evie", "sophie",
             "charlotte", "freya", "ruby", "daisy", "alice", "jessica", "florence", "millie", "ellie", "chloe", "phoebe", "matilda",
             "scarlett", "elizabeth", "eleanor", "holly", "lucy", "megan", "hannah", "katie", "abigail", "lola", "rosie", "imogen",
             "harriet", "emma", "erin", "amber", "bethany", "lauren", "rebecca", "georgia", "paige", "molly", "maisie", "darcy",
             "willow", "esme", "margaret", "victoria", "catherine", "kayla", "leah", "niamh", "jasmine", "summer"],
            ["smith", "jones", "taylor", "brown", "williams", "wilson", "johnson", "davies", "robinson", "wright", "thompson", "evans",
             "walker", "white", "roberts", "green", "hall", "wood", "jackson", "clarke", "harris", "lewis", "cooper", "king", "baker",
             "harrison", "morgan", "allen", "james", "scott", "phillips", "watson", "davis", "parker", "price", "bennett", "young",
             "griffiths", "mitchell", "kelly", "cook", "carter", "richardson", "bailey", "collins", "bell", "shaw", "murphy", "miller",
             "cox", "richards", "khan", "marshall", "anderson", "simpson", "ellis", "adams", "jackson", "hughes", "turner", "edwards",
             "hill", "moore", "clark", "martin", "ward", "morris", "lee", "holmes", "whitehouse", "pemberton", "ashworth", "fletcher",
             "hudson", "dixon", "webb", "barker", "fisher", "knight", "gibson", "hunt", "palmer", "mills", "rose", "butler", "stevens",
             "pearson", "russell", "fox", "lloyd", "holland", "spencer", "chapman", "gray", "mason", "hawkins", "jenkins", "perry",
             "whitfield", "oconnor", "mcdonald", "macdonald", "campbell", "stewart", "byrne", "ryan", "obrien", "mccarthy"], 0.05),
        new("Pakistani", 0.10,
            ["muhammad", "mohammed", "mohammad", "ali", "ahmed", "hamza", "ibrahim", "yusuf", "zain", "ayaan", "musa", "hassan", "umar",
             "abdullah", "usman", "bilal", "ismail", "adam", "zakariya", "haris", "rayyan", "imran", "arham", "hussain", "saad", "abdul",
             "faizan", "danyal", "shayan", "rehan"],
            ["maryam", "fatima", "aisha", "zainab", "hafsa", "khadija", "amina", "inaya", "zara", "aleena", "hania", "eman", "anaya",
             "mariam", "noor", "sana", "ayesha", "hira", "iqra", "laiba", "mahnoor", "safa", "sumaya", "alisha", "raheema", "zoya"],
            ["khan", "hussain", "ahmed", "ali", "akhtar", "iqbal", "mahmood", "rashid", "shah", "butt", "bibi", "begum", "mohammed",
             "hussain", "aslam", "riaz", "sadiq", "javed", "younis", "yousaf", "malik", "chaudhry", "qureshi", "siddiqui", "raja",
             "rehman", "nawaz", "zaman", "kauser", "bashir", "latif", "mirza", "anwar", "saleem", "tariq"], 0.0),
        new("Bangladeshi", 0.03,
            ["mohammed", "muhammad", "abdul", "rahim", "ayaan", "ibrahim", "yusuf", "raihan", "sami", "tahmid", "arif", "nabil", "zayan", "imran"],
            ["fatima", "ayesha", "sumaiya", "tasnim", "nusrat", "jannat", "rukhsana", "sadia", "tahmina", "anika", "nafisa", "ruma"],
            ["begum", "uddin", "miah", "ali", "rahman", "islam", "ahmed", "hussain", "khatun", "hoque", "chowdhury", "hossain", "karim",
             "alom", "bibi", "khan", "sultana", "akhter"], 0.0),
        new("Indian", 0.04,
            ["arjun", "aarav", "rohan", "dev", "kiran", "harpreet", "gurpreet", "jaspreet", "ravi", "amar", "sahil", "vikram", "rishi",
             "nikhil", "krish", "veer", "jai", "aryan"],
            ["priya", "anaya", "simran", "navneet", "harleen", "kiran", "riya", "asha", "meera", "diya", "jasleen", "amrit", "sana", "isha"],
            ["singh", "kaur", "patel", "sharma", "kumar", "gill", "sandhu", "sidhu", "dhillon", "bains", "mistry", "shah", "joshi",
             "gupta", "chauhan", "parmar", "sohal", "mann", "grewal", "atwal"], 0.0),
        new("Black African", 0.06,
            ["david", "daniel", "emmanuel", "joshua", "samuel", "michael", "john", "victor", "david", "chidi", "tobi", "ade", "kwame",
             "kofi", "jayden", "elijah", "nathaniel", "gabriel", "abdirahman", "abdi", "mohamed", "ahmed", "yusuf", "hassan"],
            ["grace", "blessing", "precious", "faith", "esther", "ruth", "favour", "mercy", "hope", "deborah", "chioma", "amara", "ada",
             "nia", "zara", "hodan", "amina", "fatima", "hawa", "ifrah", "sagal", "nimo"],
            ["okafor", "adeyemi", "mensah", "boateng", "asante", "owusu", "okonkwo", "adebayo", "oluwole", "nwosu", "eze", "osei",
             "mohamed", "ahmed", "hassan", "ali", "abdi", "farah", "omar", "warsame", "jama", "hussein", "ibrahim", "musa", "diallo",
             "kamara", "bangura", "sesay", "conteh", "mwangi"], 0.0),
        new("Black Caribbean", 0.03,
            ["jayden", "tyrese", "kai", "jaden", "marcus", "andre", "dwayne", "tyler", "reece", "jerome", "malachi", "isaiah", "leon"],
            ["jada", "aaliyah", "shanice", "keisha", "tia", "nia", "kiara", "amani", "destiny", "jasmine", "naomi", "leah"],
            ["campbell", "brown", "williams", "thomas", "johnson", "francis", "grant", "clarke", "james", "robinson", "bailey",
             "henry", "reid", "morgan", "thompson", "gordon", "beckford", "mckenzie"], 0.02),
        new("Polish and Romanian", 0.05,
            ["jakub", "szymon", "filip", "antoni", "kacper", "jan", "aleksander", "mateusz", "wojciech", "piotr", "andrei", "ionut",
             "david", "stefan", "alexandru", "gabriel", "mihai", "luca"],
            ["zuzanna", "julia", "zofia", "maja", "hanna", "lena", "alicja", "oliwia", "amelia", "maria", "andreea", "elena", "ioana",
             "sofia", "natalia", "wiktoria", "katarzyna"],
            ["nowak", "kowalski", "wisniewski", "wojcik", "kowalczyk", "kaminski", "lewandowski", "zielinski", "szymanski", "wozniak",
             "dabrowski", "kozlowski", "popescu", "ionescu", "popa", "dumitru", "stan", "stoica", "gheorghe", "rusu", "munteanu",
             "constantin", "marin", "tudor"], 0.0),
        new("Chinese", 0.015,
            ["wei", "jun", "hao", "ming", "jian", "kai", "ethan", "ryan", "lucas", "daniel", "jason"],
            ["mei", "ling", "xin", "yan", "hui", "jia", "chloe", "emily", "grace", "jessica"],
            ["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "lin", "wong", "chan", "cheung", "lam", "ng"], 0.0),
        new("Irish Traveller and Irish", 0.015,
            ["sean", "patrick", "michael", "john", "conor", "cian", "liam", "darragh", "eoin", "oisin", "tommy", "martin"],
            ["aoife", "siobhan", "niamh", "ciara", "roisin", "mary", "bridget", "kathleen", "saoirse", "orla", "caitlin", "margaret"],
            ["murphy", "kelly", "obrien", "ryan", "walsh", "byrne", "doyle", "mcdonagh", "ward", "connors", "maughan", "oneill",
             "quinn", "gallagher", "doherty", "reilly"], 0.0),
        new("Mixed", 0.065,
            ["jayden", "kai", "leo", "noah", "isaac", "zayn", "elijah", "theo", "mason", "riley", "ethan", "adam", "malik", "reggie"],
            ["amelia", "ava", "mia", "isla", "layla", "aaliyah", "nevaeh", "leah", "maya", "zara", "sienna", "jasmine", "ruby"],
            ["smith", "brown", "williams", "campbell", "khan", "ali", "jones", "taylor", "thomas", "francis", "clarke", "hussain",
             "johnson", "james", "reid", "morgan", "walker", "white"], 0.12),
    ];

    public static readonly string[] AllBoys = Communities.SelectMany(c => c.Boys).Distinct().ToArray();
    public static readonly string[] AllGirls = Communities.SelectMany(c => c.Girls).Distinct().ToArray();

    /// <summary>
    /// England's long tail of surnames from places (Ashford, Blackwood, Thornley): the hundred commonest surnames cover
    /// only about a fifth of people.
    /// </summary>
    public static readonly string[] PlaceSurnames =
        (from first in new[] { "ash", "black", "brad", "broad", "brook", "cal", "clay", "crom", "dun", "east", "fair", "green", "hart", "hay",
                               "hol", "kings", "lang", "mark", "mid", "north", "oak", "pen", "red", "rad", "sand", "shel", "stan", "thorn",
                               "wal", "west", "whit", "wind", "wood", "bar", "brom", "chad", "dar", "elm", "ful", "gar" }
         from last in new[] { "ley", "ton", "ford", "well", "wood", "by", "field", "worth", "ham", "shaw", "more", "croft", "cliffe", "bury",
                              "stone", "hurst", "dale", "gate", "wick", "combe" }
         select first + last).ToArray();
}
