package no.minside.common;

/** Norwegian organisation number (9 digits) with its mod-11 control digit, weights 3 2 7 6 5 4 3 2. */
public final class OrganisationNumber {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    private OrganisationNumber() {
    }

    public static boolean isValid(String value) {
        if (value == null || !value.matches("[0-9]{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        int k = 11 - sum % 11;
        // 11 → 0; 10 means no organisation number has these first eight digits.
        return k != 10 && (k == 11 ? 0 : k) == value.charAt(8) - '0';
    }
}
