"""Demo stories for Xã hội. Fields: see articles/demo/compose.py (story_context)."""

from __future__ import annotations

from ..compose import Seed

SECTION = "xa-hoi"

SEEDS = (
    Seed(
        key="an-sinh",
        count=3,
        tags=(
            "an sinh xã hội",
            "hộ nghèo",
            "hoàn cảnh khó khăn",
            "từ thiện",
        ),
        nums={"suat": "200-600/10", "tien": "500-1000/100", "ho": "15-60", "tuoi_gia": "72-88"},
        titles=(
            "Trao {suat} suất quà cho hộ nghèo, người khuyết tật ở {ngoai}",
            "Xóa nhà tạm, dột nát: {ho} gia đình ở {ngoai} có nhà mới",
            "Chung tay vì người nghèo ở {ngoai}",
        ),
        leads=(
            (
                "{suat} suất quà, mỗi suất trị giá {tien}.000 đồng đã được trao tận tay hộ "
                "nghèo, người khuyết tật và người cao tuổi neo đơn ở {ngoai}."
            ),
            (
                "Từ nguồn vận động xã hội hóa và hỗ trợ của thành phố, {ho} hộ gia đình khó "
                "khăn ở {ngoai} đã được xây mới, sửa chữa nhà ở trong năm nay."
            ),
        ),
        openings=(
            (
                "{Buoi}, Ủy ban Mặt trận Tổ quốc phối hợp với các đoàn thể và doanh nghiệp "
                "tổ chức chương trình trao quà cho hộ nghèo, người có hoàn cảnh khó khăn ở "
                "{ngoai}."
            ),
            (
                "Chương trình “Chung tay vì người nghèo” năm nay ở {ngoai} nhận được sự ủng "
                "hộ của nhiều doanh nghiệp, nhà hảo tâm. Ngoài trao quà, chương trình còn hỗ "
                "trợ xây mới, sửa chữa nhà cho {ho} hộ gia đình."
            ),
        ),
        paragraphs=(
            (
                "Mỗi suất quà gồm tiền mặt, gạo, dầu ăn và các nhu yếu phẩm thiết yếu. Với "
                "những người già yếu, khuyết tật không thể đến nhận, các đoàn viên thanh "
                "niên đã mang quà đến tận nhà."
            ),
            (
                "{b.Ong} {b.name}, {tuoi_gia} tuổi, sống một mình trong căn nhà nhỏ, xúc "
                "động: “Tuổi già sức yếu, được chính quyền, đoàn thể quan tâm thế này, tôi "
                "thấy ấm lòng lắm”."
            ),
            (
                "Theo {a.ong} {a.name}, Chủ tịch Ủy ban Mặt trận Tổ quốc địa phương, việc "
                "lựa chọn đối tượng nhận hỗ trợ được thực hiện công khai, có sự tham gia của "
                "các thôn, tổ dân phố. Ưu tiên những hộ có người ốm đau dài ngày, có trẻ em "
                "mồ côi."
            ),
            (
                "Với các hộ được hỗ trợ xây nhà, mức hỗ trợ từ 40 đến 60 triệu đồng mỗi nhà; "
                "gia đình, dòng họ và hàng xóm góp thêm ngày công, vật liệu để ngôi nhà sớm "
                "hoàn thành."
            ),
        ),
        endings=(
            (
                "Những việc làm thiết thực ấy đang góp phần lan tỏa tinh thần tương thân "
                "tương ái, để không ai bị bỏ lại phía sau."
            ),
        ),
        captions=(
            "Trao quà cho người có hoàn cảnh khó khăn ở {ngoai}.",
            "Đoàn viên thanh niên mang quà đến tận nhà người cao tuổi.",
        ),
    ),
    Seed(
        key="phan-loai-rac",
        count=3,
        tags=(
            "môi trường",
            "phân loại rác",
            "rác thải",
            "Hà Nội",
        ),
        nums={"ho": "800-3500/10", "tan": "5-20", "pct": "20-45"},
        titles=(
            "{ho} hộ dân ở {place} thí điểm phân loại rác tại nguồn",
            "Phân loại rác tại nguồn ở {place}: khởi đầu khó, nay đã thành nếp",
            "Lượng rác phải chôn lấp ở {place} giảm {pct}% nhờ phân loại tại nguồn",
        ),
        leads=(
            (
                "Sau vài tháng thí điểm, {ho} hộ dân ở {place} đã quen với việc chia rác "
                "thành rác hữu cơ, rác tái chế và rác còn lại; lượng rác phải chôn lấp giảm "
                "đáng kể."
            ),
            (
                "Những túi rác màu xanh, màu xám trước cửa nhà đang dần trở thành hình ảnh "
                "quen thuộc ở {place}, nơi người dân thí điểm phân loại rác tại nguồn."
            ),
        ),
        openings=(
            (
                "Theo chính quyền địa phương, từ đầu năm, {place} triển khai thí điểm phân "
                "loại rác tại nguồn với {ho} hộ dân tham gia. Mỗi hộ được phát thùng, túi "
                "đựng rác theo màu và tài liệu hướng dẫn."
            ),
            (
                "Hơn 6 giờ sáng, {nu.anh} {nu.name} đã mang hai túi rác đã phân loại ra điểm "
                "tập kết đầu ngõ. “Lúc đầu cũng thấy phiền, giờ quen tay rồi, nhà sạch hơn "
                "mà lại bán được ít ve chai”, {nu.anh} {nu.ten} cười."
            ),
        ),
        paragraphs=(
            (
                "Rác hữu cơ như thức ăn thừa, rau củ được thu gom riêng để làm phân bón; rác "
                "tái chế như giấy, nhựa, kim loại được bán lại cho cơ sở thu mua; phần còn "
                "lại mới đưa đi xử lý. Nhờ vậy, khối lượng rác phải chôn lấp giảm khoảng "
                "{pct}%."
            ),
            (
                "Để việc phân loại đi vào nền nếp, các tổ dân phố thành lập tổ giám sát, "
                "nhắc nhở những hộ chưa thực hiện. Đơn vị thu gom từ chối nhận những túi rác "
                "chưa phân loại và thông báo lại với tổ dân phố."
            ),
            (
                "Tuy vậy, vẫn có lúc rác đã phân loại bị dồn chung lên xe khi thu gom, khiến "
                "người dân băn khoăn. Đơn vị thu gom cho biết đã bổ sung xe chuyên dụng và "
                "lịch thu gom riêng cho từng loại rác."
            ),
            (
                "Theo {a.ong} {a.name}, cán bộ phụ trách môi trường của địa phương, mỗi ngày "
                "khu vực thí điểm thu gom khoảng {tan} tấn rác. Nếu mô hình được nhân rộng, "
                "chi phí xử lý rác của thành phố sẽ giảm đáng kể."
            ),
        ),
        captions=(
            "Người dân ở {place} phân loại rác tại nguồn.",
            "Công nhân thu gom rác đã được phân loại.",
        ),
    ),
    Seed(
        key="nha-tre",
        count=3,
        tags=(
            "con công nhân",
            "nhà trẻ",
            "khu công nghiệp",
            "trẻ em",
        ),
        nums={"tre": "40-150/5", "hotro": "150-300/50"},
        titles=(
            "Nhóm trẻ gần nơi làm việc giúp công nhân {cty.area} yên tâm đi ca",
            "Công nhân {cty.name} được hỗ trợ {hotro}.000 đồng/tháng tiền gửi trẻ",
            "Lo chỗ gửi con cho công nhân {cty.name}: chuyện nhỏ mà không nhỏ",
        ),
        leads=(
            (
                "Nhóm trẻ mới mở gần khu sản xuất ở {cty.area} đang nhận chăm sóc {tre} cháu "
                "là con công nhân, với giờ đón trả linh hoạt theo ca làm việc của bố mẹ."
            ),
            (
                "Từ tháng này, công nhân {cty.full} có con nhỏ được doanh nghiệp hỗ trợ "
                "{hotro}.000 đồng/tháng tiền gửi trẻ, một khoản không lớn nhưng rất thiết "
                "thực."
            ),
        ),
        openings=(
            (
                "Nhóm trẻ được cải tạo từ dãy nhà cấp bốn gần {cty.full}, có phòng học, "
                "phòng ngủ, bếp ăn một chiều và sân chơi nhỏ. Hiện nhóm trẻ đang chăm sóc "
                "{tre} cháu, phần lớn là con công nhân."
            ),
            (
                "Với nhiều công nhân ở {cty.area}, tìm được chỗ gửi con gần khu trọ, đón "
                "muộn được theo giờ tan ca là điều không dễ. Vì vậy, việc doanh nghiệp và "
                "Công đoàn cùng lo chỗ gửi trẻ được người lao động đánh giá cao."
            ),
        ),
        paragraphs=(
            (
                "{nu.Anh} {nu.name}, công nhân {cty.full}, có con 3 tuổi, kể: “Trước đây tôi "
                "phải gửi con về quê cho ông bà, mỗi tháng mới về thăm được một lần. Giờ có "
                "nhóm trẻ gần chỗ làm, chiều tan ca là đón được con, đỡ nhớ lắm”."
            ),
            (
                "Nhóm trẻ nhận trẻ từ 6 giờ 30 sáng và trả muộn đến 18 giờ 30 để phù hợp với "
                "ca làm việc. Mức học phí được thỏa thuận thấp hơn mặt bằng chung, phần "
                "chênh lệch do doanh nghiệp và Công đoàn hỗ trợ."
            ),
            (
                "Theo {a.ong} {a.name}, Chủ tịch Công đoàn cơ sở {cty.full}, khoản hỗ trợ "
                "gửi trẻ {hotro}.000 đồng/tháng đã được đưa vào thỏa ước lao động tập thể, "
                "áp dụng cho tất cả lao động có con dưới 6 tuổi."
            ),
            (
                "Cơ quan chức năng cũng đã kiểm tra, hướng dẫn nhóm trẻ bảo đảm điều kiện an "
                "toàn, vệ sinh; nhóm trẻ lắp camera để phụ huynh có thể theo dõi con qua "
                "điện thoại."
            ),
        ),
        captions=(
            "Các cháu là con công nhân tại nhóm trẻ gần {cty.full}.",
            "Giờ ăn của các cháu tại nhóm trẻ.",
        ),
    ),
)
