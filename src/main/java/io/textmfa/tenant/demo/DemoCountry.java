package io.textmfa.tenant.demo;

import java.util.List;

/** A country the demo tenant has staff in: ISO code, English name, share of staff, and local names. */
record DemoCountry(String iso, String name, double weight, List<String> givenNames, List<String> surnames) {
    static final List<DemoCountry> ALL = List.of(
            new DemoCountry("IN", "India", 17, List.of("Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Isha", "Arjun", "Kavya"),
                    List.of("Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Singh", "Menon")),
            new DemoCountry("ID", "Indonesia", 8, List.of("Budi", "Siti", "Agus", "Dewi", "Rizky", "Putri", "Wahyu", "Ayu"),
                    List.of("Santoso", "Wijaya", "Hidayat", "Saputra", "Lestari", "Pratama", "Kusuma", "Halim")),
            new DemoCountry("NZ", "New Zealand", 6, List.of("Aroha", "Liam", "Mere", "Oliver", "Tama", "Charlotte", "Nikau", "Isla"),
                    List.of("Ngata", "Wilson", "Walker", "Parata", "Thompson", "Tane", "Brown", "Smith")),
            new DemoCountry("US", "United States", 19, List.of("James", "Emily", "Michael", "Olivia", "David", "Sophia", "Daniel", "Ava"),
                    List.of("Johnson", "Williams", "Garcia", "Miller", "Davis", "Martinez", "Anderson", "Taylor")),
            new DemoCountry("GB", "United Kingdom", 9, List.of("Harry", "Amelia", "George", "Poppy", "Jack", "Freya", "Oscar", "Grace"),
                    List.of("Jones", "Evans", "Roberts", "Wright", "Hughes", "Clarke", "Patel", "Davies")),
            new DemoCountry("BR", "Brazil", 6, List.of("Lucas", "Mariana", "Gabriel", "Beatriz", "Rafael", "Larissa", "Pedro", "Camila"),
                    List.of("Silva", "Santos", "Oliveira", "Souza", "Costa", "Pereira", "Almeida", "Ferreira")),
            new DemoCountry("DE", "Germany", 6, List.of("Lukas", "Anna", "Jonas", "Lea", "Felix", "Hannah", "Paul", "Mia"),
                    List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Wagner", "Hoffmann")),
            new DemoCountry("AU", "Australia", 6, List.of("Jack", "Chloe", "William", "Matilda", "Noah", "Zoe", "Thomas", "Ruby"),
                    List.of("Smith", "Kelly", "Nguyen", "Murphy", "Ryan", "Campbell", "Lee", "Mitchell")),
            new DemoCountry("ZA", "South Africa", 4, List.of("Thabo", "Naledi", "Sipho", "Lerato", "Pieter", "Zanele", "Johan", "Ayanda"),
                    List.of("Nkosi", "Dlamini", "van der Merwe", "Botha", "Mokoena", "Khumalo", "Naidoo", "Pillay")),
            new DemoCountry("MX", "Mexico", 4, List.of("José", "María", "Luis", "Fernanda", "Carlos", "Valeria", "Jorge", "Ximena"),
                    List.of("Hernández", "López", "González", "Ramírez", "Flores", "Torres", "Cruz", "Morales")),
            new DemoCountry("PH", "Philippines", 5, List.of("Juan", "Maria", "Jose", "Angelica", "Mark", "Kristine", "Paolo", "Joy"),
                    List.of("Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Dela Cruz", "Villanueva")),
            new DemoCountry("FR", "France", 3, List.of("Louis", "Chloé", "Hugo", "Camille", "Jules", "Léa", "Arthur", "Manon"),
                    List.of("Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Lefebvre", "Roux", "Girard")),
            new DemoCountry("JP", "Japan", 2, List.of("Haruto", "Yui", "Sota", "Hina", "Ren", "Aoi", "Yuto", "Sakura"),
                    List.of("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura")),
            new DemoCountry("SG", "Singapore", 2, List.of("Wei Ling", "Jun Jie", "Hui Min", "Ravi", "Nur", "Kai", "Mei", "Arun"),
                    List.of("Tan", "Lim", "Lee", "Ng", "Wong", "Goh", "Rahman", "Kumar")),
            new DemoCountry("CA", "Canada", 3, List.of("Liam", "Emma", "Noah", "Olivia", "Ethan", "Chloé", "Logan", "Maya"),
                    List.of("Tremblay", "Roy", "Gagnon", "Smith", "Brown", "Côté", "Wilson", "MacDonald")));
}
