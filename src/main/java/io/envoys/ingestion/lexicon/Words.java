package io.envoys.ingestion.lexicon;

import java.util.Set;

/**
 * Closed word lists of the wire-story genre: speech verbs, honorifics and titles, words that never belong to a
 * person's name, pronouns. All lists hold exact forms as written (case-sensitive unless a method says otherwise).
 */
public final class Words {

    private Words() {
    }

    /** Verbs that introduce or close a quotation ("said", "told", "added", "called ... as"). Lower case. */
    public static final Set<String> SPEECH_VERBS = Set.of(
            "said", "says", "say", "told", "tells", "added", "adds", "stated", "noted", "notes", "stressed",
            "emphasized", "emphasised", "warned", "urged", "called", "calls", "described", "describes", "denounced",
            "insisted", "argued", "explained", "wrote", "writes", "posted", "vowed", "pledged", "declared",
            "reiterated", "remarked", "asked", "replied", "answered", "responded", "agreed", "acknowledged",
            "admitted", "suggested", "accused", "cautioned", "claimed", "confirmed", "maintained", "observed",
            "proposed", "expressed", "reported", "saying", "adding", "according", "quoted", "branded", "dismissed",
            "condemned", "criticized", "criticised", "slammed", "welcomed", "assured", "reassured", "promised",
            "predicted", "recalled", "conceded", "continued", "concluded", "affirmed", "underlined", "hailed",
            "mocked", "mocking", "ridiculed", "derided", "labelled", "labeled", "termed", "blasted", "lambasted",
            "decried", "calling", "describing", "warning", "urging", "stressing", "insisting", "arguing");

    /** Honorifics that mark a man. */
    public static final Set<String> MALE_HONORIFICS = Set.of("Mr", "Mr.");

    /** Honorifics that mark a woman. */
    public static final Set<String> FEMALE_HONORIFICS = Set.of("Ms", "Ms.", "Mrs", "Mrs.", "Miss");

    /** Capitalised words that can stand before a name but are never part of it (titles, honorifics). */
    public static final Set<String> TITLE_WORDS = Set.of(
            "Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Miss", "Dr", "Dr.", "Director", "General", "Special",
            "Representative", "Senior", "Official", "Deputy", "Vice", "Foreign", "Minister", "Prime", "President",
            "Leader", "Ambassador", "Envoy", "Chief", "Secretary", "Spokesperson", "Spokesman", "Spokeswoman",
            "Chairman", "Premier", "Sen.", "Rep.", "Gov.", "Gen.", "Assistant", "Under", "Undersecretary", "First",
            "Acting", "Principal", "Head", "Counselor", "Counsellor", "Minister-Counselor", "Coordinator",
            "Professor", "Prof.", "Dean", "Chair", "King", "Queen", "Emperor", "Chancellor", "Supreme", "State",
            "Nuclear", "Affairs", "Peace", "Security", "Policy", "Bureau", "Division");

    /** Capitalised words that never belong to a person's name: organisations, calendar words, sentence openers. */
    public static final Set<String> NOT_NAME = Set.of(
            "The", "A", "An", "In", "On", "At", "As", "But", "And", "Or", "If", "When", "While", "After", "Before",
            "Since", "During", "For", "From", "With", "Without", "This", "That", "These", "Those", "It", "Its", "He",
            "She", "They", "We", "I", "His", "Her", "Their", "Our", "Both", "All", "Some", "Many", "Speaking",
            "Asked", "According", "Meanwhile", "However", "Also", "Yesterday", "Today", "Tomorrow", "Earlier",
            "Later", "Last", "Next", "Top", "Allied", "Envoys", "Talks", "Trilateral", "Readout", "Remarks",
            "Excerpt", "Thank", "Welcome", "Good", "Staff", "By", "Office", "Ministry", "Agency", "Department",
            "Council", "Committee", "Central", "News", "Party", "Workers", "Assembly", "Union", "Nations", "United",
            "Republic", "People", "People's", "Democratic", "Kingdom", "Peninsula", "Consultation", "Press", "Joint",
            "Availability", "Photo", "Source", "Note", "Update", "LEAD", "END", "Yonhap", "AP", "Reuters", "Kyodo",
            "Xinhua", "KBS", "AFP", "Herald", "Times", "Post", "Journal", "Daily", "Radio", "World", "Nothing",
            "Every", "Each", "Recognition", "There", "What", "Why", "How", "Who", "Where", "No", "Not", "Only",
            "Even", "Still", "Such", "Several", "Two", "Three", "Four", "One", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.",
            "Sep.", "Oct.", "Nov.", "Dec.", "House", "Hotel", "Square", "Hall", "Building", "Center", "Centre",
            "Institute", "University", "Foundation", "Resolution", "Declaration", "Treaty", "Agreement",
            "Principles", "Guard", "Coast", "Navy", "Army", "Air", "Force", "Forces", "Command", "Island", "Sea",
            "Strait", "Summit", "Forum", "Group", "Far", "East", "West", "North", "South", "Northeast", "Asia",
            "Asian", "Pacific", "Oceanian", "Indo-Pacific", "European", "Europe", "Western", "Eastern", "Council's",
            "Defense", "Defence", "Unification", "Intelligence", "Service", "Commission", "Secretariat", "Team",
            "Task", "Ltd", "Inc.", "Corp.", "Organization", "Organisation", "Administration", "Government", "Cabinet",
            "Parliament", "Congress", "Senate", "Court", "Presidential", "Residence", "Embassy", "Consulate",
            "Mission", "Delegation", "Sanctions", "Guest", "Olympic", "Games", "War", "Cup", "Day", "Week", "Year",
            "Nobel", "Prize", "Order", "Medal", "Q", "QUESTION", "MODERATOR", "Excerpts", "Transcript", "Statement",
            "Release", "Briefing", "Fact", "Sheet", "Meeting", "Consultations", "Dialogue", "Framework", "Initiative",
            "Strategy", "Doctrine", "Playbook", "Shield", "Freedom", "Ulchi", "Exercise", "Operation", "Chinese",
            "Japanese", "Korean", "American", "Russian", "British", "Korea", "Japan", "China", "Russia",
            "America", "UN", "U.N.", "UNSC", "IAEA", "NATO", "ASEAN", "G7", "G20", "DPRK", "ROK", "US", "U.S.",
            "Is", "Are", "Was", "Will", "Would", "Can", "Could", "Should", "Might", "Do", "Does", "Did",
            "Have", "Has", "Had", "Let", "Given", "Writing", "Talking", "Because", "Although", "Though", "Despite",
            "Under", "Over", "Amid", "Against", "Toward", "Towards", "About", "Around", "Between", "Within",
            "Instead", "Yet", "So", "Then", "Now", "Here", "Hours", "Officials", "Envoy's", "Washington's",
            "Seoul's", "Tokyo's", "Beijing's", "Moscow's", "Pyongyang's", "Korea's", "Japan's", "China's",
            "Russia's", "Peace", "Affairs");

    /** Nouns that make a phrase an organisation that can speak ("Foreign Ministry", "News Agency", "KCNA"). */
    public static final Set<String> ORGANISATION_NOUNS = Set.of(
            "Ministry", "Agency", "Department", "Office", "Committee", "Council", "Government", "government",
            "ministry", "media", "Media", "Party", "Command", "Kremlin", "Commission", "Embassy", "embassy",
            "Secretariat", "Administration", "House", "KCNA", "KCTV", "Sinmun", "Xinhua", "TASS", "Tass");

    /** Nouns that show a woman ("spokeswoman", "a mother of two"). Lower case. */
    public static final Set<String> FEMALE_NOUNS = Set.of(
            "woman", "spokeswoman", "chairwoman", "congresswoman", "stateswoman", "businesswoman", "mother", "wife",
            "daughter", "sister", "grandmother", "widow");

    /** Nouns that show a man ("spokesman", "a father of three"). Lower case. */
    public static final Set<String> MALE_NOUNS = Set.of(
            "man", "spokesman", "chairman", "congressman", "statesman", "businessman", "father", "husband", "son",
            "brother", "grandfather", "widower");

    /** Nouns that, in the plural after "the two"/"the three"/"both", make a joint speaker. Lower case. */
    public static final Set<String> PLURAL_ROLE_NOUNS = Set.of(
            "envoys", "negotiators", "sides", "officials", "diplomats", "delegations", "representatives",
            "countries", "allies", "governments", "ministers", "leaders", "nations", "partners", "counterparts");

    /** Function words: a one- or two-word quotation followed by one of these is not a scare quote. Lower case. */
    public static final Set<String> FUNCTION_WORDS = Set.of(
            "with", "to", "for", "in", "on", "of", "and", "as", "at", "by", "from", "that", "which", "who", "but",
            "or", "if", "when", "while", "after", "before", "than", "because", "so", "into", "over", "about",
            "against", "between", "amid", "toward", "towards", "is", "are", "was", "were", "be", "been", "will",
            "would", "could", "should", "can", "may", "might", "the", "a", "an", "it", "he", "she", "they", "we",
            "his", "her", "their", "its", "this", "said", "says", "added", "told", "according", "not", "only");

    /** Words before a quotation that make it a name or label rather than speech ("so-called", "dubbed"). */
    public static final Set<String> NAMING_WORDS = Set.of(
            "so-called", "dubbed", "named", "titled", "entitled", "codenamed", "code-named", "branded", "billed");

    /** Words that, in a sentence with a meeting, show the people named took part. Lower case. */
    public static final Set<String> MEETING_VERBS = Set.of(
            "met", "meeting", "hosted", "hosts", "talks", "welcomed", "welcomes", "received",
            "gathered", "consultation", "consultations", "session", "held", "sat", "talked", "discussed");
}
