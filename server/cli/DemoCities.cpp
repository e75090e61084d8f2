// SPDX-License-Identifier: Apache-2.0
#include "cli/DemoCities.h"

#include <cstring>

namespace roost::server::demo {

const QList<City>& cities()
{
    static const QList<City> list{
        // Europe
        {"Paris", "FR", 48.8566, 2.3522, 3, "EUR"}, {"Nice", "FR", 43.7102, 7.2620, 3, "EUR"},
        {"Lyon", "FR", 45.7640, 4.8357, 2, "EUR"}, {"Marseille", "FR", 43.2965, 5.3698, 2, "EUR"},
        {"Bordeaux", "FR", 44.8378, -0.5792, 2, "EUR"}, {"Strasbourg", "FR", 48.5734, 7.7521, 2, "EUR"},
        {"London", "GB", 51.5074, -0.1278, 3, "GBP"}, {"Edinburgh", "GB", 55.9533, -3.1883, 3, "GBP"},
        {"Manchester", "GB", 53.4808, -2.2426, 2, "GBP"}, {"Bristol", "GB", 51.4545, -2.5879, 2, "GBP"},
        {"Dublin", "IE", 53.3498, -6.2603, 3, "EUR"}, {"Galway", "IE", 53.2707, -9.0568, 2, "EUR"},
        {"Amsterdam", "NL", 52.3676, 4.9041, 3, "EUR"}, {"Rotterdam", "NL", 51.9244, 4.4777, 2, "EUR"},
        {"Brussels", "BE", 50.8503, 4.3517, 2, "EUR"}, {"Bruges", "BE", 51.2093, 3.2247, 2, "EUR"},
        {"Luxembourg", "LU", 49.6116, 6.1319, 3, "EUR"}, {"Berlin", "DE", 52.5200, 13.4050, 2, "EUR"},
        {"Munich", "DE", 48.1351, 11.5820, 3, "EUR"}, {"Hamburg", "DE", 53.5511, 9.9937, 2, "EUR"},
        {"Cologne", "DE", 50.9375, 6.9603, 2, "EUR"}, {"Dresden", "DE", 51.0504, 13.7373, 2, "EUR"},
        {"Düsseldorf", "DE", 51.2277, 6.7735, 2, "EUR"}, {"Vienna", "AT", 48.2082, 16.3738, 2, "EUR"},
        {"Salzburg", "AT", 47.8095, 13.0550, 2, "EUR"}, {"Innsbruck", "AT", 47.2692, 11.4041, 2, "EUR"},
        {"Zürich", "CH", 47.3769, 8.5417, 3, "CHF"}, {"Geneva", "CH", 46.2044, 6.1432, 3, "CHF"},
        {"Zermatt", "CH", 46.0207, 7.7491, 3, "CHF"}, {"Lucerne", "CH", 47.0502, 8.3093, 3, "CHF"},
        {"Rome", "IT", 41.9028, 12.4964, 2, "EUR"}, {"Florence", "IT", 43.7696, 11.2558, 3, "EUR"},
        {"Venice", "IT", 45.4408, 12.3155, 3, "EUR"}, {"Milan", "IT", 45.4642, 9.1900, 3, "EUR"},
        {"Naples", "IT", 40.8518, 14.2681, 2, "EUR"}, {"Bologna", "IT", 44.4949, 11.3426, 2, "EUR"},
        {"Palermo", "IT", 38.1157, 13.3615, 1, "EUR"}, {"Turin", "IT", 45.0703, 7.6869, 2, "EUR"},
        {"Madrid", "ES", 40.4168, -3.7038, 2, "EUR"}, {"Barcelona", "ES", 41.3874, 2.1686, 3, "EUR"},
        {"Seville", "ES", 37.3891, -5.9845, 2, "EUR"}, {"Valencia", "ES", 39.4699, -0.3763, 2, "EUR"},
        {"Málaga", "ES", 36.7213, -4.4214, 2, "EUR"}, {"Granada", "ES", 37.1773, -3.5986, 2, "EUR"},
        {"Palma", "ES", 39.5696, 2.6502, 3, "EUR"}, {"San Sebastián", "ES", 43.3183, -1.9812, 3, "EUR"},
        {"Lisbon", "PT", 38.7223, -9.1393, 2, "EUR"}, {"Porto", "PT", 41.1579, -8.6291, 2, "EUR"},
        {"Faro", "PT", 37.0194, -7.9304, 2, "EUR"}, {"Funchal", "PT", 32.6669, -16.9241, 2, "EUR"},
        {"Copenhagen", "DK", 55.6761, 12.5683, 3, "DKK"}, {"Aarhus", "DK", 56.1629, 10.2039, 2, "DKK"},
        {"Stockholm", "SE", 59.3293, 18.0686, 3, "SEK"}, {"Gothenburg", "SE", 57.7089, 11.9746, 2, "SEK"},
        {"Oslo", "NO", 59.9139, 10.7522, 3, "NOK"}, {"Bergen", "NO", 60.3913, 5.3221, 3, "NOK"},
        {"Tromsø", "NO", 69.6492, 18.9553, 3, "NOK"}, {"Helsinki", "FI", 60.1699, 24.9384, 2, "EUR"},
        {"Rovaniemi", "FI", 66.5039, 25.7294, 2, "EUR"}, {"Reykjavík", "IS", 64.1466, -21.9426, 3, "ISK"},
        {"Tallinn", "EE", 59.4370, 24.7536, 1, "EUR"}, {"Riga", "LV", 56.9496, 24.1052, 1, "EUR"},
        {"Vilnius", "LT", 54.6872, 25.2797, 1, "EUR"}, {"Warsaw", "PL", 52.2297, 21.0122, 1, "PLN"},
        {"Kraków", "PL", 50.0647, 19.9450, 1, "PLN"}, {"Gdańsk", "PL", 54.3520, 18.6466, 1, "PLN"},
        {"Prague", "CZ", 50.0755, 14.4378, 2, "CZK"}, {"Brno", "CZ", 49.1951, 16.6068, 1, "CZK"},
        {"Budapest", "HU", 47.4979, 19.0402, 1, "HUF"}, {"Bratislava", "SK", 48.1486, 17.1077, 1, "EUR"},
        {"Ljubljana", "SI", 46.0569, 14.5058, 2, "EUR"}, {"Zagreb", "HR", 45.8150, 15.9819, 1, "EUR"},
        {"Split", "HR", 43.5081, 16.4402, 2, "EUR"}, {"Dubrovnik", "HR", 42.6507, 18.0944, 3, "EUR"},
        {"Belgrade", "RS", 44.7866, 20.4489, 1, "RSD"}, {"Sarajevo", "BA", 43.8563, 18.4131, 1, "BAM"},
        {"Kotor", "ME", 42.4247, 18.7712, 2, "EUR"}, {"Tirana", "AL", 41.3275, 19.8187, 1, "ALL"},
        {"Athens", "GR", 37.9838, 23.7275, 2, "EUR"}, {"Thessaloniki", "GR", 40.6401, 22.9444, 1, "EUR"},
        {"Santorini", "GR", 36.3932, 25.4615, 3, "EUR"}, {"Chania", "GR", 35.5138, 24.0180, 2, "EUR"},
        {"Bucharest", "RO", 44.4268, 26.1025, 1, "RON"}, {"Cluj-Napoca", "RO", 46.7712, 23.6236, 1, "RON"},
        {"Sofia", "BG", 42.6977, 23.3219, 1, "BGN"}, {"Varna", "BG", 43.2141, 27.9147, 1, "BGN"},
        {"Valletta", "MT", 35.8989, 14.5146, 2, "EUR"}, {"Nicosia", "CY", 35.1856, 33.3823, 1, "EUR"},
        {"Istanbul", "TR", 41.0082, 28.9784, 1, "TRY"}, {"Antalya", "TR", 36.8969, 30.7133, 1, "TRY"},
        {"Tbilisi", "GE", 41.7151, 44.8271, 1, "GEL"}, {"Yerevan", "AM", 40.1792, 44.4991, 1, "AMD"},
        // North America
        {"New York", "US", 40.7128, -74.0060, 3, "USD"}, {"Los Angeles", "US", 34.0522, -118.2437, 3, "USD"},
        {"San Francisco", "US", 37.7749, -122.4194, 3, "USD"}, {"Chicago", "US", 41.8781, -87.6298, 2, "USD"},
        {"Miami", "US", 25.7617, -80.1918, 3, "USD"}, {"Boston", "US", 42.3601, -71.0589, 3, "USD"},
        {"Seattle", "US", 47.6062, -122.3321, 3, "USD"}, {"Austin", "US", 30.2672, -97.7431, 2, "USD"},
        {"Nashville", "US", 36.1627, -86.7816, 2, "USD"}, {"New Orleans", "US", 29.9511, -90.0715, 2, "USD"},
        {"Denver", "US", 39.7392, -104.9903, 2, "USD"}, {"Portland", "US", 45.5152, -122.6784, 2, "USD"},
        {"San Diego", "US", 32.7157, -117.1611, 3, "USD"}, {"Las Vegas", "US", 36.1699, -115.1398, 2, "USD"},
        {"Washington", "US", 38.9072, -77.0369, 3, "USD"}, {"Honolulu", "US", 21.3069, -157.8583, 3, "USD"},
        {"Savannah", "US", 32.0809, -81.0912, 2, "USD"}, {"Asheville", "US", 35.5951, -82.5515, 2, "USD"},
        {"Santa Fe", "US", 35.6870, -105.9378, 2, "USD"}, {"Anchorage", "US", 61.2181, -149.9003, 2, "USD"},
        {"Toronto", "CA", 43.6532, -79.3832, 2, "CAD"}, {"Vancouver", "CA", 49.2827, -123.1207, 3, "CAD"},
        {"Montréal", "CA", 45.5017, -73.5673, 2, "CAD"}, {"Québec City", "CA", 46.8139, -71.2080, 2, "CAD"},
        {"Calgary", "CA", 51.0447, -114.0719, 2, "CAD"}, {"Banff", "CA", 51.1784, -115.5708, 3, "CAD"},
        {"Halifax", "CA", 44.6488, -63.5752, 2, "CAD"}, {"Mexico City", "MX", 19.4326, -99.1332, 1, "MXN"},
        {"Cancún", "MX", 21.1619, -86.8515, 2, "MXN"}, {"Oaxaca", "MX", 17.0732, -96.7266, 1, "MXN"},
        {"Guadalajara", "MX", 20.6597, -103.3496, 1, "MXN"}, {"Tulum", "MX", 20.2114, -87.4654, 2, "MXN"},
        {"Havana", "CU", 23.1136, -82.3666, 1, "USD"}, {"San Juan", "PR", 18.4655, -66.1057, 2, "USD"},
        {"Nassau", "BS", 25.0443, -77.3504, 3, "USD"}, {"Kingston", "JM", 17.9712, -76.7936, 1, "USD"},
        {"San José", "CR", 9.9281, -84.0907, 1, "USD"}, {"Panama City", "PA", 8.9824, -79.5199, 1, "USD"},
        {"Antigua Guatemala", "GT", 14.5586, -90.7295, 1, "USD"},
        // South America
        {"Rio de Janeiro", "BR", -22.9068, -43.1729, 2, "BRL"}, {"São Paulo", "BR", -23.5505, -46.6333, 2, "BRL"},
        {"Salvador", "BR", -12.9777, -38.5016, 1, "BRL"}, {"Florianópolis", "BR", -27.5954, -48.5480, 2, "BRL"},
        {"Buenos Aires", "AR", -34.6037, -58.3816, 1, "USD"}, {"Mendoza", "AR", -32.8895, -68.8458, 1, "USD"},
        {"Bariloche", "AR", -41.1335, -71.3103, 2, "USD"}, {"Santiago", "CL", -33.4489, -70.6693, 1, "CLP"},
        {"Valparaíso", "CL", -33.0472, -71.6127, 1, "CLP"}, {"Lima", "PE", -12.0464, -77.0428, 1, "PEN"},
        {"Cusco", "PE", -13.5320, -71.9675, 1, "PEN"}, {"Bogotá", "CO", 4.7110, -74.0721, 1, "COP"},
        {"Medellín", "CO", 6.2442, -75.5812, 1, "COP"}, {"Cartagena", "CO", 10.3910, -75.4794, 2, "COP"},
        {"Quito", "EC", -0.1807, -78.4678, 1, "USD"}, {"Montevideo", "UY", -34.9011, -56.1645, 1, "UYU"},
        {"La Paz", "BO", -16.4897, -68.1193, 1, "BOB"},
        // Africa and the Middle East
        {"Cape Town", "ZA", -33.9249, 18.4241, 2, "ZAR"}, {"Johannesburg", "ZA", -26.2041, 28.0473, 1, "ZAR"},
        {"Durban", "ZA", -29.8587, 31.0218, 1, "ZAR"}, {"Marrakesh", "MA", 31.6295, -7.9811, 1, "MAD"},
        {"Fez", "MA", 34.0181, -5.0078, 1, "MAD"}, {"Casablanca", "MA", 33.5731, -7.5898, 1, "MAD"},
        {"Cairo", "EG", 30.0444, 31.2357, 1, "EGP"}, {"Luxor", "EG", 25.6872, 32.6396, 1, "EGP"},
        {"Tunis", "TN", 36.8065, 10.1815, 1, "TND"}, {"Nairobi", "KE", -1.2921, 36.8219, 1, "KES"},
        {"Mombasa", "KE", -4.0435, 39.6682, 1, "KES"}, {"Zanzibar City", "TZ", -6.1659, 39.2026, 1, "TZS"},
        {"Kigali", "RW", -1.9441, 30.0619, 1, "RWF"}, {"Accra", "GH", 5.6037, -0.1870, 1, "GHS"},
        {"Dakar", "SN", 14.7167, -17.4677, 1, "XOF"}, {"Lagos", "NG", 6.5244, 3.3792, 1, "NGN"},
        {"Windhoek", "NA", -22.5609, 17.0658, 1, "NAD"}, {"Port Louis", "MU", -20.1609, 57.5012, 2, "MUR"},
        {"Victoria", "SC", -4.6191, 55.4513, 3, "SCR"}, {"Dubai", "AE", 25.2048, 55.2708, 3, "AED"},
        {"Abu Dhabi", "AE", 24.4539, 54.3773, 3, "AED"}, {"Doha", "QA", 25.2854, 51.5310, 3, "QAR"},
        {"Muscat", "OM", 23.5880, 58.3829, 2, "OMR"}, {"Tel Aviv", "IL", 32.0853, 34.7818, 3, "ILS"},
        {"Jerusalem", "IL", 31.7683, 35.2137, 2, "ILS"}, {"Amman", "JO", 31.9454, 35.9284, 1, "JOD"},
        {"Beirut", "LB", 33.8938, 35.5018, 1, "USD"},
        // Asia
        {"Tokyo", "JP", 35.6762, 139.6503, 3, "JPY"}, {"Kyoto", "JP", 35.0116, 135.7681, 3, "JPY"},
        {"Osaka", "JP", 34.6937, 135.5023, 2, "JPY"}, {"Sapporo", "JP", 43.0618, 141.3545, 2, "JPY"},
        {"Fukuoka", "JP", 33.5904, 130.4017, 2, "JPY"}, {"Naha", "JP", 26.2124, 127.6809, 2, "JPY"},
        {"Seoul", "KR", 37.5665, 126.9780, 2, "KRW"}, {"Busan", "KR", 35.1796, 129.0756, 2, "KRW"},
        {"Jeju", "KR", 33.4996, 126.5312, 2, "KRW"}, {"Beijing", "CN", 39.9042, 116.4074, 2, "CNY"},
        {"Shanghai", "CN", 31.2304, 121.4737, 2, "CNY"}, {"Chengdu", "CN", 30.5728, 104.0668, 1, "CNY"},
        {"Hong Kong", "HK", 22.3193, 114.1694, 3, "HKD"}, {"Taipei", "TW", 25.0330, 121.5654, 2, "TWD"},
        {"Singapore", "SG", 1.3521, 103.8198, 3, "SGD"}, {"Kuala Lumpur", "MY", 3.1390, 101.6869, 1, "MYR"},
        {"Penang", "MY", 5.4141, 100.3288, 1, "MYR"}, {"Bangkok", "TH", 13.7563, 100.5018, 1, "THB"},
        {"Chiang Mai", "TH", 18.7883, 98.9853, 1, "THB"}, {"Phuket", "TH", 7.8804, 98.3923, 2, "THB"},
        {"Koh Samui", "TH", 9.5120, 100.0136, 2, "THB"}, {"Hanoi", "VN", 21.0278, 105.8342, 1, "VND"},
        {"Ho Chi Minh City", "VN", 10.8231, 106.6297, 1, "VND"}, {"Hoi An", "VN", 15.8801, 108.3380, 1, "VND"},
        {"Da Nang", "VN", 16.0544, 108.2022, 1, "VND"}, {"Siem Reap", "KH", 13.3671, 103.8448, 1, "USD"},
        {"Luang Prabang", "LA", 19.8856, 102.1347, 1, "USD"}, {"Manila", "PH", 14.5995, 120.9842, 1, "PHP"},
        {"Cebu City", "PH", 10.3157, 123.8854, 1, "PHP"}, {"El Nido", "PH", 11.1956, 119.4075, 2, "PHP"},
        {"Bali", "ID", -8.4095, 115.1889, 2, "IDR"}, {"Jakarta", "ID", -6.2088, 106.8456, 1, "IDR"},
        {"Yogyakarta", "ID", -7.7956, 110.3695, 1, "IDR"}, {"Mumbai", "IN", 19.0760, 72.8777, 1, "INR"},
        {"Delhi", "IN", 28.7041, 77.1025, 1, "INR"}, {"Goa", "IN", 15.2993, 74.1240, 1, "INR"},
        {"Jaipur", "IN", 26.9124, 75.7873, 1, "INR"}, {"Bengaluru", "IN", 12.9716, 77.5946, 1, "INR"},
        {"Kathmandu", "NP", 27.7172, 85.3240, 1, "NPR"}, {"Colombo", "LK", 6.9271, 79.8612, 1, "LKR"},
        {"Malé", "MV", 4.1755, 73.5093, 3, "USD"}, {"Almaty", "KZ", 43.2220, 76.8512, 1, "KZT"},
        {"Samarkand", "UZ", 39.6542, 66.9597, 1, "UZS"}, {"Ulaanbaatar", "MN", 47.8864, 106.9057, 1, "MNT"},
        // Oceania
        {"Sydney", "AU", -33.8688, 151.2093, 3, "AUD"}, {"Melbourne", "AU", -37.8136, 144.9631, 2, "AUD"},
        {"Brisbane", "AU", -27.4698, 153.0251, 2, "AUD"}, {"Perth", "AU", -31.9505, 115.8605, 2, "AUD"},
        {"Adelaide", "AU", -34.9285, 138.6007, 2, "AUD"}, {"Hobart", "AU", -42.8821, 147.3272, 2, "AUD"},
        {"Cairns", "AU", -16.9186, 145.7781, 2, "AUD"}, {"Byron Bay", "AU", -28.6474, 153.6020, 3, "AUD"},
        {"Auckland", "NZ", -36.8485, 174.7633, 2, "NZD"}, {"Wellington", "NZ", -41.2865, 174.7762, 2, "NZD"},
        {"Queenstown", "NZ", -45.0312, 168.6626, 3, "NZD"}, {"Christchurch", "NZ", -43.5321, 172.6362, 2, "NZD"},
        {"Nadi", "FJ", -17.7765, 177.4356, 2, "FJD"}, {"Papeete", "PF", -17.5516, -149.5585, 3, "XPF"},
    };
    return list;
}

double unitsPerDollar(const char* currency)
{
    struct Rate {
        const char* code;
        double units;
    };
    // Rounded mid-2020s rates; the demo needs plausible local prices, not exact conversions.
    static const Rate rates[] = {
        {"USD", 1},     {"EUR", 0.92},   {"GBP", 0.79},  {"CHF", 0.88},  {"DKK", 6.9},   {"SEK", 10.5},
        {"NOK", 10.6},  {"ISK", 138},    {"PLN", 4.0},   {"CZK", 23},    {"HUF", 360},   {"RSD", 108},
        {"BAM", 1.8},   {"ALL", 93},     {"RON", 4.6},   {"BGN", 1.8},   {"TRY", 32},    {"GEL", 2.7},
        {"AMD", 390},   {"CAD", 1.36},   {"MXN", 17},    {"BRL", 5.0},   {"CLP", 900},   {"PEN", 3.7},
        {"COP", 3900},  {"UYU", 39},     {"BOB", 6.9},   {"ZAR", 18.5},  {"MAD", 10},    {"EGP", 48},
        {"TND", 3.1},   {"KES", 130},    {"TZS", 2600},  {"RWF", 1300},  {"GHS", 14},    {"XOF", 605},
        {"NGN", 1500},  {"NAD", 18.5},   {"MUR", 46},    {"SCR", 13.5},  {"AED", 3.67},  {"QAR", 3.64},
        {"OMR", 0.385}, {"ILS", 3.7},    {"JOD", 0.71},  {"JPY", 150},   {"KRW", 1330},  {"CNY", 7.2},
        {"HKD", 7.8},   {"TWD", 32},     {"SGD", 1.34},  {"MYR", 4.7},   {"THB", 36},    {"VND", 24500},
        {"PHP", 56},    {"IDR", 15600},  {"INR", 83},    {"NPR", 133},   {"LKR", 300},   {"KZT", 450},
        {"UZS", 12500}, {"MNT", 3400},   {"AUD", 1.52},  {"NZD", 1.64},  {"FJD", 2.25},  {"XPF", 110},
    };
    for (const Rate& rate : rates) {
        if (std::strcmp(rate.code, currency) == 0)
            return rate.units;
    }
    return 1;
}

} // namespace roost::server::demo
