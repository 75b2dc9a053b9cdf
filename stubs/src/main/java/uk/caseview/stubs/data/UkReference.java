package uk.caseview.stubs.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Word lists the generator draws from: common UK (and Welsh) names, towns with their real postcode
 * areas and districts, street names and fictional employers. The people are invented; only the
 * shapes are real.
 */
public final class UkReference {

    private UkReference() {}

    public static final List<String> FEMALE_NAMES = List.of(
            "Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie", "Sophia", "Grace",
            "Freya", "Emily", "Poppy", "Ella", "Evie", "Sienna", "Charlotte", "Margaret", "Susan", "Patricia",
            "Linda", "Karen", "Julie", "Tracey", "Joanne", "Claire", "Nicola", "Sarah", "Emma", "Rachel",
            "Lisa", "Helen", "Deborah", "Jean", "Pauline", "Sandra", "Christine", "Amira", "Fatima", "Aisha",
            "Priya", "Zainab", "Agnieszka", "Chloe", "Megan", "Cerys", "Seren", "Ffion", "Alys", "Eleri",
            "Catrin", "Siân", "Nia", "Bethan", "Carys", "Mairead", "Eilidh", "Niamh");

    public static final List<String> MALE_NAMES = List.of(
            "Oliver", "George", "Arthur", "Noah", "Muhammad", "Leo", "Harry", "Oscar", "Archie", "Henry",
            "Jack", "Charlie", "Freddie", "Thomas", "James", "William", "David", "John", "Michael", "Paul",
            "Andrew", "Mark", "Stephen", "Peter", "Robert", "Richard", "Christopher", "Gary", "Kevin", "Darren",
            "Lee", "Wayne", "Daniel", "Matthew", "Ryan", "Liam", "Callum", "Jamie", "Kieran", "Tomasz",
            "Ahmed", "Hassan", "Imran", "Rajesh", "Kwame", "Dylan", "Rhys", "Gethin", "Owain", "Iwan",
            "Dafydd", "Emyr", "Aled", "Huw", "Gareth", "Alasdair", "Ewan", "Cormac", "Declan");

    public static final List<String> SURNAMES = List.of(
            "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
            "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
            "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill",
            "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen",
            "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths",
            "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy",
            "Miller", "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh",
            "Begum", "Wilkinson", "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali",
            "Hunt", "Hussain", "Campbell", "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight",
            "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey",
            "Graham", "Pearson", "Ahmed", "Fletcher", "Walsh", "Kaur", "Gibson", "Howard", "Andrews", "Stewart",
            "Elliott", "Reynolds", "Saunders", "Payne", "Fox", "Ford", "Pritchard", "Rees", "Morgan-Jones", "Hopkins",
            "Nowak", "Kowalski", "Okafor", "Mensah", "Osei", "O'Brien", "McDonald", "MacLeod", "Fraser", "Reid",
            "Doherty", "Quinn", "Gallagher", "Llewellyn", "Bevan", "Prosser", "Howells", "Meredith", "Vaughan",
            "Parry");

    /** A town, its postcode area and the districts used for it, and whether it is in Wales. */
    public record Town(String name, String area, int districtFrom, int districtTo, boolean welsh,
                       String dramaAreaCode, String dramaExchange) {}

    /**
     * Towns with real postcode areas. Landlines use Ofcom's numbers reserved for drama
     * (e.g. 029 2018 0xxx, 0113 496 0xxx), so a generated phone number is never a real one.
     */
    public static final List<Town> TOWNS = List.of(
            new Town("Cardiff", "CF", 3, 24, true, "029", "2018 0"),
            new Town("Swansea", "SA", 1, 9, true, "029", "2018 0"),
            new Town("Newport", "NP", 10, 20, true, "029", "2018 0"),
            new Town("Wrexham", "LL", 11, 14, true, "029", "2018 0"),
            new Town("Carmarthen", "SA", 31, 33, true, "029", "2018 0"),
            new Town("Aberystwyth", "SY", 23, 24, true, "029", "2018 0"),
            new Town("Leeds", "LS", 1, 28, false, "0113", "496 0"),
            new Town("Bradford", "BD", 1, 10, false, "0113", "496 0"),
            new Town("Manchester", "M", 1, 40, false, "0161", "496 0"),
            new Town("Liverpool", "L", 1, 36, false, "0151", "496 0"),
            new Town("Birmingham", "B", 1, 45, false, "0121", "496 0"),
            new Town("Newcastle upon Tyne", "NE", 1, 15, false, "0191", "498 0"),
            new Town("Sunderland", "SR", 1, 6, false, "0191", "498 0"),
            new Town("Sheffield", "S", 1, 14, false, "0114", "496 0"),
            new Town("Bristol", "BS", 1, 16, false, "0117", "496 0"),
            new Town("Nottingham", "NG", 1, 11, false, "0115", "496 0"),
            new Town("Leicester", "LE", 1, 9, false, "0116", "496 0"),
            new Town("Coventry", "CV", 1, 6, false, "024", "7601 0"),
            new Town("Derby", "DE", 1, 24, false, "01632", "960"),
            new Town("Stoke-on-Trent", "ST", 1, 6, false, "01632", "960"),
            new Town("Preston", "PR", 1, 5, false, "01632", "960"),
            new Town("Blackpool", "FY", 1, 4, false, "01632", "960"),
            new Town("Hull", "HU", 1, 9, false, "01632", "960"),
            new Town("Middlesbrough", "TS", 1, 8, false, "01632", "960"),
            new Town("Norwich", "NR", 1, 7, false, "01632", "960"),
            new Town("Plymouth", "PL", 1, 9, false, "01632", "960"),
            new Town("Exeter", "EX", 1, 4, false, "01632", "960"),
            new Town("Southampton", "SO", 14, 19, false, "023", "8049 6"),
            new Town("Portsmouth", "PO", 1, 6, false, "023", "9018 0"),
            new Town("Brighton", "BN", 1, 3, false, "01632", "960"),
            new Town("London", "E", 1, 17, false, "020", "7946 0"),
            new Town("London", "SE", 1, 28, false, "020", "7946 0"),
            new Town("London", "N", 1, 22, false, "020", "7946 0"),
            new Town("Carlisle", "CA", 1, 3, false, "01632", "960"),
            new Town("Glasgow", "G", 1, 53, false, "0141", "496 0"),
            new Town("Edinburgh", "EH", 1, 17, false, "0131", "496 0"),
            new Town("Aberdeen", "AB", 10, 25, false, "01632", "960"),
            new Town("Dundee", "DD", 1, 5, false, "01632", "960"),
            new Town("Belfast", "BT", 1, 17, false, "028", "9649 6"));

    public static final List<String> STREET_NAMES = List.of(
            "Station", "Church", "Victoria", "Park", "Mill", "Queen's", "King's", "Albert", "Manor", "Chapel",
            "Alexandra", "Windsor", "Grange", "Oak", "Ash", "Willow", "Beech", "Elm", "Cedar", "Alma",
            "Meadow", "Orchard", "Bridge", "Castle", "Springfield", "Highfield", "Richmond", "Clarence",
            "Moorland", "Brook", "Hawthorn", "Holly", "Rowan", "Glebe", "Stanley", "Gladstone", "Cromwell",
            "Nelson", "Wellington", "Primrose");

    public static final List<String> STREET_TYPES = List.of(
            "Road", "Street", "Lane", "Avenue", "Close", "Drive", "Crescent", "Terrace", "Way", "Gardens", "Court");

    /** Inward-code letters a real postcode may use (never C, I, K, M, O or V). */
    static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    /** Fictional employers; any likeness to a real business is a coincidence of common words. */
    public static final List<String> EMPLOYERS = List.of(
            "Northgate Logistics Ltd", "Severnside Care Ltd", "Pennine Retail Group Ltd", "Harbourview Hotels Ltd",
            "Cwm Taf Cleaning Services", "Brightwell Foods plc", "Ashdown Security Ltd", "Riverside Facilities Ltd",
            "Kestrel Contact Centres Ltd", "Meadowbank Nurseries Ltd", "Tanyard Warehousing Ltd",
            "Castlegate Hospitality Ltd", "Greenacre Home Care Ltd", "Wheelwright Distribution Ltd",
            "Bluebell Bakeries Ltd", "Ironbridge Engineering Ltd", "Lantern Lane Pubs Ltd",
            "Orchard Vale Farms", "Silverdale Schools Trust", "Copperfield Couriers Ltd", "Marlow Street Cafe",
            "Highmoor Construction Ltd", "Foxglove Garden Centres Ltd", "Saltmarsh Fisheries Ltd",
            "Beacon Staffing Agency Ltd", "Valley Link Buses Ltd", "Thistle Street Laundry Ltd",
            "Pinewood Leisure Centres", "Heron Quay Packaging Ltd", "Blackthorn Builders Merchants Ltd",
            "Dragon Valley Care Homes Ltd", "Canal Side Catering Ltd", "Westgate Clinics Ltd",
            "Larkspur Cleaning Co", "Millstone Print Ltd", "Redbrick Property Services Ltd");

    public static <T> T pick(List<T> list, SplittableRandom rng) {
        return list.get(rng.nextInt(list.size()));
    }

    /** A valid-form postcode in the town: area, district, space, sector digit, two unit letters. */
    public static String postcode(Town town, SplittableRandom rng) {
        int district = town.districtFrom() + rng.nextInt(town.districtTo() - town.districtFrom() + 1);
        int sector = rng.nextInt(10);
        // Eight unit letters per position keep a handful of households per postcode, as in life.
        char u1 = UNIT_LETTERS.charAt(rng.nextInt(8));
        char u2 = UNIT_LETTERS.charAt(8 + rng.nextInt(8));
        return town.area() + district + " " + sector + u1 + u2;
    }

    public static String payeReference(SplittableRandom rng) {
        return String.format("%03d/%c%c%05d", 100 + rng.nextInt(900), (char) ('A' + rng.nextInt(26)),
                (char) ('A' + rng.nextInt(26)), rng.nextInt(100_000));
    }
}
