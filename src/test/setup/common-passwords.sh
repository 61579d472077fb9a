#!/usr/bin/env bash
# Makes src/main/resources/staff/common-passwords.txt, the list of common passwords that staff may not choose
# (NIST SP 800-63B 5.1.1.2). Run by hand when the list should change; the build only reads the committed file.
#
#  1. The 3 546 passwords of Openwall's password.lst (John the Ripper, "assumed to be in the public domain"), taken
#     from Debian's john-data 1.9.0-2 package: the most common passwords of 1990s Unix systems and the public
#     "top N" lists of the 2006-2010 website leaks.
#  2. Almost all of those are shorter than the 12 characters a staff password needs, so the list adds, made here by
#     rule and kept only when 12 characters or longer: the 400 most common words of that list and Norwegian ones
#     with the digits and years people put after them, words typed twice, digit runs and repeats, keyboard walks.
# Everything is lower case: the check compares without regard to case. Sorted (LC_ALL=C), one password a line.
set -euo pipefail
cd "$(dirname "$0")/../../.."
out=src/main/resources/staff/common-passwords.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download john-data=1.9.0-2 >/dev/null && dpkg-deb -x john-data_1.9.0-2_all.deb x)
list="$work/x/usr/share/john/password.lst"

norwegian="passord hemmelig sommer sommeren vinter vinteren varen hosten sola solskinn norge norway oslo bergen
trondheim stavanger tromso kristiansand drammen rosenborg brann valerenga molde fotball handball hytta fjellet
kjaereste jegelskerdeg elskerdeg velkommen hallo heisann hei mamma pappa kanin katten hunden bamse bestemor
bestefar nordlys inkasso minside nordlysinkasso kundeservice saksbehandler administrator admin passordet
mittpassord nyttpassord sommerferie juleferie julenissen pepperkake skiferie kjærlighet høsten våren jordbær
blåbær"

{
  grep -v '^#!' "$list"
  {
    grep -v '^#!' "$list" | grep -E '^[A-Za-z]{4,}$' | awk 'NR <= 400'
    printf '%s\n' $norwegian
  } | tr 'A-Z' 'a-z' | awk '
    BEGIN {
      n = split("1 12 123 1234 12345 123456 1234567 12345678 123456789 1234567890 321 4321 54321 111 1111 000 0000 " \
                "007 69 666 777 99 01 2000 2010 2015 2016 2017 2018 2019 2020 2021 2022 2023 2024 2025 2026 2027 " \
                "! !! !!! 1! 12! 123! 1234! 2024! 2025! 2026! 2027! 123456! 123456789!", suffix, " ")
    }
    {
      for (i = 1; i <= n; i++) {
        print $0 suffix[i]
      }
      print "123" $0 "123"
      print "1234" $0 "1234"
      print $0 $0
      print $0 $0 "1"
      print $0 $0 "123"
      print "ilove" $0 "123"
      print "my" $0 "123456"
    }' | awk 'length($0) >= 12'
  awk 'BEGIN {
    walks = "1234567890123456789012 0987654321098765432109 qwertyuiopasdfghjklzxcvbnm qwertyuiopåasdfghjkløæzxcvbnm " \
            "1qaz2wsx3edc4rfv5tgb6yhn 1q2w3e4r5t6y7u8i9o0p qazwsxedcrfvtgbyhnujm zaq12wsxcde34rfv !qaz@wsx#edc$rfv " \
            "abcdefghijklmnopqrstuvwxyz abc123abc123abc123 asdfghjklasdfghjkl zxcvbnmzxcvbnm qwertyqwertyqwerty " \
            "123qweasdzxc123qweasdzxc qweasdzxcqweasdzxc 147258369147258369 159753159753159753 " \
            "123123123123123123 321321321321321321 121212121212121212 123412341234123412 112233445566778899 " \
            "aaaaaaaaaaaaaaaaaaaa abababababababababab passwordpassword"
    m = split(walks, walk, " ")
    for (i = 1; i <= m; i++) {
      for (len = 12; len <= length(walk[i]); len++) { print substr(walk[i], 1, len) }
    }
    for (d = 0; d <= 9; d++) {
      s = ""
      for (len = 1; len <= 20; len++) { s = s d; if (len >= 12) { print s } }
    }
    n = split("qwerty qwertyuiop asdfgh asdfghjkl zxcvbnm 1q2w3e4r 1qaz2wsx abc123 abcdef password passord letmein " \
              "welcome iloveyou trustno1 dragon monkey master sunshine princess football baseball superman batman", w, " ")
    k = split("123456 1234567 12345678 123456789 1234567890 2024 2025 2026 !@#$%^ 111111 000000 123123", t, " ")
    for (i = 1; i <= n; i++) { for (j = 1; j <= k; j++) { print w[i] t[j] } }
    print "correct horse battery staple"
    print "correcthorsebatterystaple"
  }' | awk 'length($0) >= 12'
} | tr 'A-Z' 'a-z' | awk 'length($0) > 0' | LC_ALL=C sort -u > "$out"
echo "Wrote $(wc -l < "$out") passwords to $out"
