using Safeguarding.Governance.Actions;
using Safeguarding.Governance.Bodies;
using Safeguarding.Governance.Contracts;
using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;
using Safeguarding.Governance.Priorities;

namespace Safeguarding.Governance.DemoData;

/// <summary>
/// The partnership as its published documents describe it: the multi-agency safeguarding arrangements and
/// the 2023-24 annual report (statutory partners, relevant agencies, boards and groups, priorities).
/// </summary>
internal static class PartnershipSeed
{
    public const string Council = "Plymouth City Council";
    public const string Police = "Devon and Cornwall Police";
    public const string Icb = "NHS Devon Integrated Care Board";
    public const string Education = "Ted Wragg Trust";

    private static readonly (string Name, string Sector, string Lead, string? Delegated)[] Statutory =
    [
        (Council, "Local authority", "Chief Executive", "Director of Children's Services"),
        (Police, "Police", "Chief Constable", null), // no permanent DSP appointed at the time of the 2023-24 report
        (Icb, "Health", "Chief Executive", null),    // likewise
        (Education, "Education", "Chief Executive", "Education Delegated Safeguarding Partner"),
    ];

    private static readonly (string Name, string Sector)[] RelevantAgencies =
    [
        ("University Hospitals Plymouth NHS Trust", "Health"),
        ("Livewell Southwest", "Health"),
        ("Southwest Ambulance NHS Trust", "Health"),
        ("NHS England", "Health"),
        ("City College Plymouth", "Education"),
        ("Early years settings", "Education"),
        ("Primary, secondary, special, further and independent education settings", "Education"),
        ("Family Hubs and Children's Centres", "Local authority"),
        ("Adopt South West", "Local authority"),
        ("Registered fostering agencies", "Children's social care"),
        ("CAFCASS", "Justice"),
        ("Probation Service", "Justice"),
        ("Office of the Police and Crime Commissioner", "Police"),
        ("British Transport Police", "Police"),
        ("Port and local border police force", "Police"),
        ("Devon and Somerset Fire and Rescue Service", "Emergency services"),
        ("Ministry of Defence", "Defence"),
        ("Action for Children", "Voluntary sector"),
        ("NSPCC", "Voluntary sector"),
        ("Barnardo's", "Voluntary sector"),
        ("The Children's Society", "Voluntary sector"),
        ("Young Devon", "Voluntary sector"),
        ("First Light", "Voluntary sector"),
        ("Plymouth Octopus Plus", "Voluntary sector"),
        ("Community and social housing providers", "Housing"),
        ("Private training providers", "Education"),
        ("Language schools", "Education"),
        ("Plymouth Argyle Football Club", "Community"),
        ("Plymouth Albion Rugby Club", "Community"),
    ];

    private static readonly (string Name, BodyKind Kind, string Purpose, string? Module)[] Bodies =
    [
        ("Strategic Systems Leadership Board", BodyKind.Board, "Overall accountability for the work of the partnership.", null),
        ("PSCP Board", BodyKind.Board, "Oversight, support and challenge to the safeguarding children partnership as a whole.", null),
        ("PSCP Executive", BodyKind.Board, "The Lead and Delegated Safeguarding Partners setting the partnership's strategic direction.", null),
        ("Partnership Business Unit", BodyKind.Group, "Runs the partnership's business: meetings, actions, reviews and reporting.", "Governance"),
        ("Practice Improvement and Development Group", BodyKind.Group, "Oversees the data scorecard and MASH governance, directs the Quality Assurance Delivery Group, owns review action plans.", null),
        ("Quality Assurance Delivery Group", BodyKind.Group, "Carries out multi-agency case audits and other quality assurance.", null),
        ("Workforce Development Group", BodyKind.Group, "Shares learning from reviews and plans training across the workforce.", null),
        ("Child Safeguarding Practice Review Group", BodyKind.Group, "Considers serious incidents, rapid reviews and local child safeguarding practice reviews.", null),
        ("Safeguarding in Education Reference Group", BodyKind.Group, "Two-way sharing between the partnership and all education and early years settings.", null),
        ("Neglect Working Group", BodyKind.WorkingGroup, "Delivers the neglect priority, including the Graded Care Profile 2.", "Neglect"),
        ("Adolescents Working Group", BodyKind.WorkingGroup, "Delivers the adolescent safety priority, including the Daily Intelligence Briefing.", "Adolescents"),
        ("Domestic Abuse Working Group", BodyKind.WorkingGroup, "Delivers the domestic abuse priority, including Operation Encompass.", "DomesticAbuse"),
        ("Child Sexual Abuse Working Group", BodyKind.WorkingGroup, "Delivers the child sexual abuse priority.", "Csa"),
    ];

    private static readonly Dictionary<string, Guid> KnownIds = new()
    {
        [Council] = KnownPartners.PlymouthCityCouncil,
        [Police] = KnownPartners.DevonAndCornwallPolice,
        [Icb] = KnownPartners.NhsDevonIcb,
        [Education] = KnownPartners.TedWraggTrust,
        ["Livewell Southwest"] = KnownPartners.LivewellSouthwest,
        ["University Hospitals Plymouth NHS Trust"] = KnownPartners.UniversityHospitalsPlymouth,
        ["City College Plymouth"] = KnownPartners.CityCollegePlymouth,
        ["Probation Service"] = KnownPartners.ProbationService,
    };

    public static void Write(GovernanceDbContext db, TimeProvider clock)
    {
        var partners = new Dictionary<string, Partner>();
        foreach (var (name, sector, lead, delegated) in Statutory)
            partners[name] = Partner.Register(KnownIds.GetValueOrDefault(name, Guid.NewGuid()), name, PartnerKind.StatutoryPartner, sector, lead, delegated);
        foreach (var (name, sector) in RelevantAgencies)
            partners[name] = Partner.Register(KnownIds.GetValueOrDefault(name, Guid.NewGuid()), name, PartnerKind.RelevantAgency, sector);
        foreach (var p in partners.Values)
        {
            db.Partners.Add(p);
            db.Publish(p.Registered());
        }

        var bodies = new Dictionary<string, PartnershipBody>();
        foreach (var (name, kind, purpose, module) in Bodies)
            db.Bodies.Add(bodies[name] = new PartnershipBody { Id = Guid.NewGuid(), Name = name, Kind = kind, Purpose = purpose, Module = module });

        var seats = new List<BodyMembership>();
        void Seat(string body, string partner, string role, bool chair = false)
        {
            var seat = BodyMembership.Seat(bodies[body].Id, partners[partner].Id, role, chair, seats);
            seats.Add(seat);
            db.Memberships.Add(seat);
        }

        Seat("Strategic Systems Leadership Board", Council, "Director of Children's Services", chair: true);
        Seat("Strategic Systems Leadership Board", Police, "BCU Commander");
        Seat("Strategic Systems Leadership Board", Icb, "Chief Nurse");
        Seat("Strategic Systems Leadership Board", Education, "Chief Executive");
        Seat("PSCP Executive", Council, "Chief Executive");
        Seat("PSCP Executive", Police, "Chief Constable");
        Seat("PSCP Executive", Icb, "Chief Executive");
        Seat("PSCP Executive", Education, "Chief Executive");
        foreach (var statutory in new[] { Council, Police, Icb, Education })
            Seat("PSCP Board", statutory, "Delegated Safeguarding Partner representative");
        Seat("Neglect Working Group", "NSPCC", "Service manager");
        Seat("Neglect Working Group", "Livewell Southwest", "Named nurse for safeguarding");
        Seat("Child Sexual Abuse Working Group", "NSPCC", "Together for Childhood lead");
        Seat("Domestic Abuse Working Group", "First Light", "Service manager");
        Seat("Safeguarding in Education Reference Group", Education, "Designated safeguarding lead");

        db.Priorities.AddRange(
            new Priority
            {
                Id = Guid.NewGuid(), Name = "Neglect", Module = "Neglect",
                WhatWeWantToSee = ["Improved early help offer", "Reduction in Child Protection Plans for neglect", "Practice tools support change with families"],
                HowWeWillDoThat = ["Update our neglect strategy", "Implement the Graded Care Profile 2", "Undertake quality assurance activity to find what is working and where we could do things differently"],
            },
            new Priority
            {
                Id = Guid.NewGuid(), Name = "Child sexual abuse", Module = "Csa",
                WhatWeWantToSee = ["Improved identification of signs and symptoms of sexual harm", "Increase in Child Protection Plans for sexual abuse", "Improved access to support"],
                HowWeWillDoThat = ["Embed Together for Childhood learning across the city", "Create a strategy to drive change and improvement"],
            },
            new Priority
            {
                Id = Guid.NewGuid(), Name = "Domestic abuse", Module = "DomesticAbuse",
                WhatWeWantToSee = ["Improved access to support for child and adult victims", "Improved access to support for those who cause harm", "Improved early help offer to prevent escalation of harm"],
                HowWeWillDoThat = ["Strengthen our routine enquiry skills and response", "Focus on the impact of early intervention within our reviews"],
            },
            new Priority
            {
                Id = Guid.NewGuid(), Name = "Adolescents", Module = "Adolescents",
                WhatWeWantToSee = ["Assurance that young people receive support that understands their development needs and the types of harm they may experience"],
                HowWeWillDoThat = ["Review and re-launch the Adolescent Safety Framework", "Update our Adolescent Strategy"],
            });

        // Actions from the independent scrutineer's 2023-24 judgement, owned by the bodies that took them on. Published as
        // createAction publishes them; the overdue sweep announces those past their due date, as for any other action.
        var executive = bodies["PSCP Executive"];
        PartnershipAction[] actions =
        [
            PartnershipAction.AsReported(executive.Id, "Appoint a permanent Delegated Safeguarding Partner for Devon and Cornwall Police",
                partners[Police].Id, new DateOnly(2024, 7, 1), new DateOnly(2024, 12, 31), ActionStatus.Open),
            PartnershipAction.AsReported(executive.Id, "Appoint a permanent Delegated Safeguarding Partner for NHS Devon ICB",
                partners[Icb].Id, new DateOnly(2024, 7, 1), new DateOnly(2024, 12, 31), ActionStatus.Open),
            PartnershipAction.AsReported(executive.Id, "Publish the new multi-agency safeguarding arrangements under Working Together 2023",
                partners[Council].Id, new DateOnly(2024, 1, 15), new DateOnly(2024, 12, 31), ActionStatus.InProgress),
            PartnershipAction.AsReported(bodies["Practice Improvement and Development Group"].Id, "Restore police data to the partnership scorecard (missing since November 2022)",
                partners[Police].Id, new DateOnly(2024, 7, 1), new DateOnly(2025, 3, 31), ActionStatus.InProgress),
        ];
        foreach (var action in actions)
        {
            db.Actions.Add(action);
            db.Publish(action.Created(bodies.Values.Single(b => b.Id == action.BodyId).Name));
        }
    }
}
