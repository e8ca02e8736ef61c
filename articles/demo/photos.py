"""The demo photo library: what each stand-in picture is said to show.

Each entry is (alt text, library caption). Stories reuse these pictures and
give them their own caption (the cover caption, or the figcaption in a body),
as a desk does with file photos; the library caption is the fallback.
"""

from __future__ import annotations

LIBRARY: dict[str, tuple[tuple[str, str], ...]] = {
    "cong-doan": (
        (
            "Cán bộ công đoàn trò chuyện với công nhân",
            "Cán bộ Công đoàn trò chuyện với công nhân trong giờ nghỉ giữa ca.",
        ),
        ("Hội trường một hội nghị công đoàn", "Quang cảnh một hội nghị của tổ chức Công đoàn."),
        ("Công nhân trên dây chuyền sản xuất", "Công nhân làm việc trên dây chuyền sản xuất."),
        (
            "Đoàn viên giơ thẻ biểu quyết",
            "Đoàn viên công đoàn biểu quyết thông qua nghị quyết hội nghị.",
        ),
        (
            "Ký kết thỏa ước lao động tập thể",
            "Lễ ký kết Thỏa ước lao động tập thể tại doanh nghiệp.",
        ),
        ("Trao quà cho công nhân", "Đại diện Công đoàn trao quà hỗ trợ công nhân khó khăn."),
        ("Khu nhà trọ công nhân", "Một khu nhà trọ của công nhân gần khu công nghiệp."),
        ("Bữa cơm ca của công nhân", "Bữa cơm ca của công nhân tại một doanh nghiệp."),
        ("Tập huấn cán bộ công đoàn", "Lớp tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở."),
        (
            "Đối thoại tại nơi làm việc",
            "Buổi đối thoại giữa người lao động và người sử dụng lao động.",
        ),
    ),
    "hoat-dong": (
        ("Đoàn viên nhận quà", "Đoàn viên công đoàn nhận quà trong chương trình chăm lo."),
        ("Trao biển Mái ấm Công đoàn", "Trao biển gắn Mái ấm Công đoàn cho gia đình đoàn viên."),
        ("Khám sức khỏe cho công nhân", "Các y, bác sĩ khám sức khỏe miễn phí cho công nhân."),
        ("Hội thi tay nghề", "Thí sinh tham gia một hội thi thợ giỏi."),
        ("Văn nghệ công nhân", "Tiết mục văn nghệ do công nhân biểu diễn."),
        (
            "Trao học bổng cho con đoàn viên",
            "Trao học bổng cho con đoàn viên có thành tích học tập tốt.",
        ),
        ("Khen thưởng tập thể xuất sắc", "Khen thưởng các tập thể, cá nhân tiêu biểu."),
        ("Ký giao ước thi đua", "Các đơn vị ký kết giao ước thi đua."),
        ("Phiên chợ cho công nhân", "Công nhân mua hàng tại một phiên chợ Công đoàn."),
        (
            "Tuyên truyền pháp luật cho người lao động",
            "Buổi tuyên truyền pháp luật cho người lao động.",
        ),
    ),
    "thoi-su": (
        ("Toàn cảnh một tuyến đường mới", "Một tuyến đường mới thông xe ở cửa ngõ Thủ đô."),
        ("Phiên họp của thành phố", "Quang cảnh một phiên họp của thành phố."),
        ("Công trường xây dựng", "Công nhân thi công trên công trường."),
        ("Dòng xe giờ cao điểm", "Dòng phương tiện giờ cao điểm trên đường phố Hà Nội."),
        ("Bộ phận một cửa", "Người dân làm thủ tục tại bộ phận một cửa."),
        ("Khu đô thị nhìn từ trên cao", "Một khu đô thị mới nhìn từ trên cao."),
        ("Lực lượng chức năng ra quân", "Lực lượng chức năng ra quân lập lại trật tự đô thị."),
        ("Mưa lớn trên phố", "Người dân di chuyển dưới trời mưa lớn."),
    ),
    "kinh-te": (
        ("Quầy vàng bạc", "Khách hàng giao dịch tại một cửa hàng vàng bạc."),
        ("Xưởng sản xuất xuất khẩu", "Sản xuất hàng xuất khẩu tại một doanh nghiệp."),
        ("Quầy hàng siêu thị", "Người dân mua sắm tại một siêu thị."),
        ("Khu công nghiệp", "Một khu công nghiệp ở ngoại thành Hà Nội."),
        ("Ngày hội việc làm", "Người lao động tìm việc tại một phiên giao dịch việc làm."),
        ("Sản phẩm OCOP", "Sản phẩm OCOP được giới thiệu tại hội chợ."),
        ("Cây xăng", "Người dân đổ xăng tại một cửa hàng xăng dầu."),
        ("Quầy giao dịch ngân hàng", "Khách hàng giao dịch tại một ngân hàng."),
    ),
    "xa-hoi": (
        ("Lớp học", "Giờ học của học sinh tại một trường trên địa bàn Hà Nội."),
        ("Khám bệnh tại bệnh viện", "Người dân khám bệnh tại một bệnh viện."),
        ("Nhà ở xã hội", "Một dự án nhà ở xã hội dành cho công nhân."),
        ("Người cao tuổi tập thể dục", "Người cao tuổi tập thể dục buổi sáng."),
        ("Trẻ em vui chơi", "Trẻ em vui chơi tại một sân chơi cộng đồng."),
        ("Thu gom rác thải", "Công nhân vệ sinh môi trường làm việc trên phố."),
        ("Trao quà an sinh", "Trao quà cho các hộ gia đình có hoàn cảnh khó khăn."),
        ("Tình nguyện viên", "Tình nguyện viên tham gia hoạt động vì cộng đồng."),
    ),
    "phap-luat": (
        ("Phiên tòa", "Quang cảnh một phiên tòa."),
        ("Lực lượng công an làm nhiệm vụ", "Lực lượng công an làm nhiệm vụ."),
        ("Tang vật vụ án", "Tang vật do lực lượng chức năng thu giữ."),
        ("Tư vấn pháp luật", "Luật sư tư vấn pháp luật cho người lao động."),
        ("Kiểm tra hàng hóa", "Lực lượng quản lý thị trường kiểm tra hàng hóa."),
        ("Cảnh sát giao thông", "Cảnh sát giao thông kiểm tra phương tiện."),
        ("Cảnh báo lừa đảo trực tuyến", "Cảnh báo các thủ đoạn lừa đảo qua mạng."),
        ("Thanh tra lao động", "Đoàn thanh tra làm việc tại doanh nghiệp."),
    ),
    "van-hoa": (
        ("Biểu diễn nghệ thuật truyền thống", "Tiết mục nghệ thuật truyền thống trên sân khấu."),
        ("Triển lãm ảnh", "Người xem tại một triển lãm ảnh."),
        ("Tủ sách", "Tủ sách phục vụ công nhân, người lao động."),
        ("Phố cổ Hà Nội", "Một góc phố cổ Hà Nội."),
        ("Làng nghề truyền thống", "Nghệ nhân làm việc tại một làng nghề truyền thống."),
        ("Liên hoan văn nghệ", "Tiết mục tham gia liên hoan văn nghệ quần chúng."),
        ("Di tích lịch sử", "Du khách tham quan một di tích lịch sử."),
        ("Buổi ra mắt sách", "Buổi giới thiệu sách mới."),
    ),
    "the-thao": (
        ("Trận bóng đá phong trào", "Một pha tranh bóng trong trận đấu phong trào."),
        ("Vận động viên chạy bộ", "Vận động viên tham gia giải chạy."),
        ("Thi đấu cầu lông", "Các tay vợt thi đấu nội dung đôi nam nữ."),
        ("Thi kéo co", "Nội dung kéo co tại hội thao."),
        ("Lễ trao cúp", "Trao cúp cho đội vô địch."),
        ("Bóng bàn", "Vận động viên thi đấu bóng bàn."),
        ("Khai mạc hội thao", "Lễ khai mạc hội thao."),
        ("Bóng chuyền hơi", "Trận thi đấu bóng chuyền hơi nữ."),
    ),
}
