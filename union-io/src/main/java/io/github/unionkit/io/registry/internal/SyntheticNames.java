package io.github.unionkit.io.registry.internal;

import io.github.unionkit.model.member.PersonName;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Russian names and place names for synthetic registries. Every name is invented from common parts;
 * none belongs to the data of a real registry.
 */
public final class SyntheticNames {

    private static final List<String> FAMILY_ROOTS = List.of("Иванов", "Смирнов", "Кузнецов", "Попов",
            "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев",
            "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев",
            "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов",
            "Воробьёв", "Сергеев", "Кузьмин", "Фролов", "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв");
    private static final List<String> MALE_GIVEN = List.of("Александр", "Сергей", "Дмитрий", "Андрей", "Алексей",
            "Максим", "Евгений", "Иван", "Михаил", "Николай", "Владимир", "Павел", "Олег", "Юрий", "Виктор");
    private static final List<String> FEMALE_GIVEN = List.of("Елена", "Ольга", "Наталья", "Татьяна", "Ирина",
            "Светлана", "Анна", "Мария", "Екатерина", "Юлия", "Галина", "Людмила", "Марина", "Надежда", "Алла");
    private static final List<String> FATHER_ROOTS = List.of("Александров", "Сергеев", "Дмитриев", "Андреев",
            "Алексеев", "Иванов", "Михайлов", "Николаев", "Владимиров", "Павлов", "Викторов", "Петров", "Юрьев");
    private static final List<String> PLACES = List.of("Астраханск", "Волгоградск", "Саратовск", "Пензенск",
            "Самарск", "Ульяновск", "Тамбовск", "Воронежск", "Курск", "Орловск", "Брянск", "Калужск", "Тульск",
            "Рязанск", "Владимирск", "Ивановск", "Костромск", "Ярославск", "Тверск", "Смоленск", "Псковск",
            "Новгородск", "Вологодск", "Архангельск", "Мурманск", "Омск", "Томск", "Новосибирск", "Иркутск",
            "Амурск");
    private static final List<String> DISTRICTS = List.of("Ахтубинск", "Енотаевск", "Наримановск", "Приволжск",
            "Харабалинск", "Черноярск", "Володарск", "Икрянинск", "Камызякск", "Красноярск", "Лиманск",
            "Знаменск", "Городищенск", "Калачёвск", "Ленинск", "Михайловск", "Светлоярск", "Суровикинск");

    private SyntheticNames() {
    }

    /**
     * Returns a random name with family name, given name and patronymic of one gender.
     *
     * @param random the source of randomness
     * @return the name
     */
    public static PersonName person(RandomGenerator random) {
        boolean female = random.nextInt(100) < 78;
        String family = pick(FAMILY_ROOTS, random) + (female ? "а" : "");
        String given = pick(female ? FEMALE_GIVEN : MALE_GIVEN, random);
        String father = pick(FATHER_ROOTS, random);
        String patronymic = father.endsWith("ев") || father.endsWith("ьев")
                ? father.substring(0, father.length() - 2) + (female ? "евна" : "евич")
                : father.substring(0, father.length() - 2) + (female ? "овна" : "ович");
        return PersonName.of(family, given, patronymic);
    }

    /**
     * Returns the name of a regional organization.
     *
     * @param index the region's index, from 0
     * @return the name
     */
    public static String region(int index) {
        String place = PLACES.get(index % PLACES.size()) + "ая";
        int round = index / PLACES.size();
        return place + " областная организация Общероссийского Профсоюза образования"
                + (round == 0 ? "" : " № " + (round + 1));
    }

    /**
     * Returns the name of a territorial organization.
     *
     * @param index the organization's index within its region, from 0
     * @return the name
     */
    public static String district(int index) {
        String place = DISTRICTS.get(index % DISTRICTS.size()) + "ая";
        int round = index / DISTRICTS.size();
        return place + " районная организация Профсоюза" + (round == 0 ? "" : " № " + (round + 1));
    }

    private static String pick(List<String> values, RandomGenerator random) {
        return values.get(random.nextInt(values.size()));
    }
}
